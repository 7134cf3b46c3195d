import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createApiKeyRoute } from './create-api-key';
import { createAppRoute } from './create-app';
import { deleteAppRoute } from './delete-app';
import { getAppRoute } from './get-app';
import { listApiKeysRoute } from './list-api-keys';
import { listAppsRoute } from './list-apps';
import { revokeApiKeyRoute } from './revoke-api-key';
import { rotateApiKeyRoute } from './rotate-api-key';
import { updateAppRoute } from './update-app';

/** The apps routes (and their API keys); each operation lives in its own file and is mounted here. */
export const appsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listAppsRoute)
  .route('/', createAppRoute)
  .route('/', getAppRoute)
  .route('/', updateAppRoute)
  .route('/', deleteAppRoute)
  .route('/', listApiKeysRoute)
  .route('/', createApiKeyRoute)
  .route('/', rotateApiKeyRoute)
  .route('/', revokeApiKeyRoute);
