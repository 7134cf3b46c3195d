import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteAnnouncement } from '../../services/announcements';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { announcementParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteAnnouncement',
  path: '/orgs/{orgId}/announcements/{announcementId}',
  tags: ['announcements'],
  summary: 'Take an announcement down',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: announcementParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteAnnouncementRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteAnnouncement({ ctx: c.var.services(), input: { announcementId: c.req.valid('param').announcementId } });
  return c.body(null, 204);
});
