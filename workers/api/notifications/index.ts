import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { listMyNotifications } from './list-my-notifications';
import { markRead } from './mark-read';

/** The signed-in user's in-app inbox. */
export const notificationsRoutes = new OpenAPIHono<AppEnv>().route('/', listMyNotifications).route('/', markRead);
