import { mountRoutes } from '../mount-routes';
import { checkWiseAccountRoute } from './check-wise-account';
import { connectWiseAccountRoute } from './connect-wise-account';
import { disconnectWiseAccountRoute } from './disconnect-wise-account';
import { getWiseAccountRoute } from './get-wise-account';
import { getWiseRecipientRoute } from './get-wise-recipient';
import { getWiseRequirementsRoute } from './get-wise-requirements';
import { quoteWiseBatchRoute } from './quote-wise-batch';
import { quoteWiseFeeRoute } from './quote-wise-fee';
import { receiveWiseWebhookRoute } from './receive-wise-webhook';
import { refreshWiseRequirementsRoute } from './refresh-wise-requirements';
import { saveWiseRecipientRoute } from './save-wise-recipient';

/** The Wise rail: the advertiser's own Wise account (owners connect it; finance reads it), the affiliate's bank details (from Wise's requirements), fee quotes, and Wise's webhook. */
export const wiseRoutes = mountRoutes([
  getWiseAccountRoute,
  connectWiseAccountRoute,
  disconnectWiseAccountRoute,
  checkWiseAccountRoute,
  getWiseRequirementsRoute,
  refreshWiseRequirementsRoute,
  getWiseRecipientRoute,
  saveWiseRecipientRoute,
  quoteWiseFeeRoute,
  quoteWiseBatchRoute,
  receiveWiseWebhookRoute,
]);
