import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { cancelCampaignRoute } from './cancel-campaign';
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

/** Campaigns: the advertiser writes and sends them, the affiliate reads them, anyone unsubscribes by link. */
export const campaignsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listCampaignsRoute)
  .route('/', createCampaignRoute)
  .route('/', getCampaignRoute)
  .route('/', updateCampaignRoute)
  .route('/', deleteCampaignRoute)
  .route('/', startCampaignRoute)
  .route('/', cancelCampaignRoute)
  .route('/', listCampaignRecipientsRoute)
  .route('/', listMyCampaignMessagesRoute)
  .route('/', markCampaignMessageReadRoute)
  .route('/', unsubscribeRoute)
  .route('/', unsubscribePageRoutes);
