import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createAnnouncementRoute } from './create-announcement';
import { deleteAnnouncementRoute } from './delete-announcement';
import { listAnnouncementsRoute } from './list-announcements';

/** The advertiser's announcements to its affiliates (shown on their home). */
export const announcementsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listAnnouncementsRoute)
  .route('/', createAnnouncementRoute)
  .route('/', deleteAnnouncementRoute);
