import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createOrganization } from './create-organization';
import { getOrganization } from './get-organization';
import { listOrganizations } from './list-organizations';
import { updateOrganization } from './update-organization';

/** The organizations routes; each operation lives in its own file and is mounted here. */
export const organizationsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listOrganizations)
  .route('/', createOrganization)
  .route('/', getOrganization)
  .route('/', updateOrganization);
