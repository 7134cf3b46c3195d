import { z } from '@hono/zod-openapi';
import type { ProgramAnnouncement } from '../../services/announcements';
import { idParam, iso, orgParams, page, timestamp } from '../shared/schemas';

/** The title and body bounds; the table's CHECK constraints say the same. */
export const ANNOUNCEMENT_TITLE_MAX = 120;
export const ANNOUNCEMENT_BODY_MAX = 2_000;

export const announcementParams = orgParams.extend({ announcementId: idParam('announcementId') });

export const createAnnouncementBody = z
  .strictObject({
    programId: z
      .uuid()
      .optional()
      .describe("Only this program's active affiliates; every active affiliate when absent"),
    title: z.string().trim().min(1).max(ANNOUNCEMENT_TITLE_MAX),
    body: z.string().trim().min(1).max(ANNOUNCEMENT_BODY_MAX).describe('Plain text; line breaks are kept, no markup'),
  })
  .openapi('CreateAnnouncement');

export const announcement = z
  .object({
    id: z.uuid(),
    programId: z.uuid().nullable().describe('null: every affiliate of the advertiser'),
    title: z.string(),
    body: z.string(),
    publishedAt: timestamp,
    createdById: z.uuid().nullable(),
  })
  .openapi('Announcement');

export const announcementPage = page(announcement, 'AnnouncementPage');

export function announcementView(row: ProgramAnnouncement): z.infer<typeof announcement> {
  return {
    id: row.id,
    programId: row.programId,
    title: row.title,
    body: row.body,
    publishedAt: iso(row.publishedAt),
    createdById: row.createdById,
  };
}
