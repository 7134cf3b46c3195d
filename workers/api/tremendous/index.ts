import { mountRoutes } from '../mount-routes';
import { checkTremendousAccountRoute } from './check-tremendous-account';
import { connectTremendousAccountRoute } from './connect-tremendous-account';
import { disconnectTremendousAccountRoute } from './disconnect-tremendous-account';
import { getTremendousAccountRoute } from './get-tremendous-account';
import { receiveTremendousWebhookRoute } from './receive-tremendous-webhook';

/** The gift-card rail: an organization's Tremendous account (owners connect it; finance reads it) and its webhook. */
export const tremendousRoutes = mountRoutes([
  getTremendousAccountRoute,
  connectTremendousAccountRoute,
  disconnectTremendousAccountRoute,
  checkTremendousAccountRoute,
  receiveTremendousWebhookRoute,
]);
