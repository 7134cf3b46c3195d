import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { searchAffiliateRoute } from './search-affiliate';
import { searchOrganizationRoute } from './search-organization';
import { searchPlatformRoute } from './search-platform';

/** The command palette's searches: one per audience, each behind its path's tenancy. */
export const searchRoutes = new OpenAPIHono<AppEnv>()
  .route('/', searchOrganizationRoute)
  .route('/', searchAffiliateRoute)
  .route('/', searchPlatformRoute);
