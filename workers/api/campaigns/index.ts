import { cancelCampaignRoute } from './cancel-campaign';
import { countCampaignAudienceRoute } from './count-campaign-audience';
import { createCampaignRoute } from './create-campaign';
import { deleteCampaignRoute } from './delete-campaign';
import { getCampaignRoute } from './get-campaign';
import { listCampaignRecipientsRoute } from './list-campaign-recipients';
import { listCampaignsRoute } from './list-campaigns';
import { listMyCampaignMessagesRoute } from './list-my-campaign-messages';
import { markCampaignMessageReadRoute } from './mark-campaign-message-read';
import { startCampaignRoute } from './start-campaign';
import { unsubscribeRoute } from './unsubscribe';
import { unsubscribePageRoutes } from './unsubscribe-page';
import { updateCampaignRoute } from './update-campaign';
import { mountRoutes } from '../mount-routes';

/** Campaigns: the advertiser writes and sends them, the affiliate reads them, anyone unsubscribes by link. */
export const campaignsRoutes = mountRoutes([
  listCampaignsRoute,
  createCampaignRoute,
  getCampaignRoute,
  countCampaignAudienceRoute,
  updateCampaignRoute,
  deleteCampaignRoute,
  startCampaignRoute,
  cancelCampaignRoute,
  listCampaignRecipientsRoute,
  listMyCampaignMessagesRoute,
  markCampaignMessageReadRoute,
  unsubscribeRoute,
  unsubscribePageRoutes,
]);
