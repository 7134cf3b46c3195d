import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createAnnouncement } from '../../services/announcements';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { announcement, announcementView, createAnnouncementBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createAnnouncement',
  path: '/orgs/{orgId}/announcements',
  tags: ['announcements'],
  summary: "Publish an announcement on your affiliates' home",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createAnnouncementBody) },
  responses: {
    201: { description: 'Published', content: { 'application/json': { schema: announcement } } },
    ...errorResponses,
  },
});

export const createAnnouncementRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createAnnouncement({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(announcementView(row), 201);
});
