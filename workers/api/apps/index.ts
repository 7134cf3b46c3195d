import { createApiKeyRoute } from './create-api-key';
import { createAppRoute } from './create-app';
import { deleteAppRoute } from './delete-app';
import { getAppRoute } from './get-app';
import { listApiKeysRoute } from './list-api-keys';
import { listAppsRoute } from './list-apps';
import { revokeApiKeyRoute } from './revoke-api-key';
import { rotateApiKeyRoute } from './rotate-api-key';
import { updateAppRoute } from './update-app';
import { mountRoutes } from '../mount-routes';

/** The apps routes (and their API keys); each operation lives in its own file and is mounted here. */
export const appsRoutes = mountRoutes([
  listAppsRoute,
  createAppRoute,
  getAppRoute,
  updateAppRoute,
  deleteAppRoute,
  listApiKeysRoute,
  createApiKeyRoute,
  rotateApiKeyRoute,
  revokeApiKeyRoute,
]);
