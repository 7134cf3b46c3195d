import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getQueueHealthRoute } from './get-queue-health';
import { listPlatformOrganizationsRoute } from './list-organizations';

/** Platform-wide views for staff: every tenant, and the health of the queues. */
export const platformRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listPlatformOrganizationsRoute)
  .route('/', getQueueHealthRoute);
