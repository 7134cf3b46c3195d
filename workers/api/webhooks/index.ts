import { createWebhookEndpointRoute } from './create-webhook-endpoint';
import { deleteWebhookEndpointRoute } from './delete-webhook-endpoint';
import { listWebhookAttemptsRoute } from './list-webhook-attempts';
import { listWebhookEndpointsRoute } from './list-webhook-endpoints';
import { rotateWebhookSecretRoute } from './rotate-webhook-secret';
import { sendTestWebhookRoute } from './send-test-webhook';
import { updateWebhookEndpointRoute } from './update-webhook-endpoint';
import { mountRoutes } from '../mount-routes';

/** Signed outbound webhooks: an organization's endpoints (owners and admins) and an affiliate's own, each operation under both prefixes. */
export const webhooksRoutes = mountRoutes([
  listWebhookEndpointsRoute,
  createWebhookEndpointRoute,
  updateWebhookEndpointRoute,
  deleteWebhookEndpointRoute,
  rotateWebhookSecretRoute,
  sendTestWebhookRoute,
  listWebhookAttemptsRoute,
]);
