import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createApiKey } from './create-api-key';
import { createApp } from './create-app';
import { deleteApp } from './delete-app';
import { getApp } from './get-app';
import { listApiKeys } from './list-api-keys';
import { listApps } from './list-apps';
import { revokeApiKey } from './revoke-api-key';
import { rotateApiKey } from './rotate-api-key';
import { updateApp } from './update-app';

/** The apps routes (and their API keys); each operation lives in its own file and is mounted here. */
export const appsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listApps)
  .route('/', createApp)
  .route('/', getApp)
  .route('/', updateApp)
  .route('/', deleteApp)
  .route('/', listApiKeys)
  .route('/', createApiKey)
  .route('/', rotateApiKey)
  .route('/', revokeApiKey);
