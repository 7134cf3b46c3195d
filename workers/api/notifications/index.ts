import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { listMyNotificationsRoute } from './list-my-notifications';
import { markReadRoute } from './mark-read';

/** The signed-in user's in-app inbox. */
export const notificationsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listMyNotificationsRoute)
  .route('/', markReadRoute);
