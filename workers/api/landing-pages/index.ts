import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getGroupPageRoute } from './get-group-page';
import { getProgramPageRoute } from './get-program-page';
import { getSitemapRoute } from './get-sitemap';

/** Public, server-rendered program pages and their sitemap; workers/index.ts maps /programs/* and /sitemap.xml here. */
export const landingPagesRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getProgramPageRoute)
  .route('/', getGroupPageRoute)
  .route('/', getSitemapRoute);
