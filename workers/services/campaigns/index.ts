export type { Campaign, CampaignRecipient } from '../../../schema';
export type { CampaignFields } from './campaign-fields';
export { type CampaignCounts, NO_COUNTS } from './campaign-counts';
export { cancelCampaign } from './cancel-campaign';
export { countCampaignAudience } from './count-campaign-audience';
export { createCampaign } from './create-campaign';
export { deleteCampaign } from './delete-campaign';
export { getCampaign } from './get-campaign';
export { type RecipientReportRow, listCampaignRecipients } from './list-campaign-recipients';
export { type CampaignWithCounts, listCampaigns } from './list-campaigns';
export { listMyCampaignMessages } from './list-my-campaign-messages';
export { markCampaignMessageRead } from './mark-campaign-message-read';
export { runCampaigns } from './run-campaigns';
export { startCampaign } from './start-campaign';
export { readUnsubscribeLink, type UnsubscribeLink } from './read-unsubscribe-link';
export { unsubscribe } from './unsubscribe';
export { updateCampaign } from './update-campaign';

// Steps other areas take inside their own verbs.
export { type MyCampaignMessage, myCampaignMessages } from './my-campaign-messages';
