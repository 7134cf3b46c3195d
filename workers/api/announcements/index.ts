import { createAnnouncementRoute } from './create-announcement';
import { deleteAnnouncementRoute } from './delete-announcement';
import { listAnnouncementsRoute } from './list-announcements';
import { mountRoutes } from '../mount-routes';

/** The advertiser's announcements to its affiliates (shown on their home). */
export const announcementsRoutes = mountRoutes([
  listAnnouncementsRoute,
  createAnnouncementRoute,
  deleteAnnouncementRoute,
]);
