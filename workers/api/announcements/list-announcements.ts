import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAnnouncements } from '../../services/announcements';
import { bearer, errorResponses, orgParams, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { announcementPage, announcementView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listAnnouncements',
  path: '/orgs/{orgId}/announcements',
  tags: ['announcements'],
  summary: 'Your announcements to affiliates, newest first',
  security: bearer,
  request: { params: orgParams, query: pageQuery },
  responses: {
    200: { description: 'A page of announcements', content: { 'application/json': { schema: announcementPage } } },
    ...errorResponses,
  },
});

export const listAnnouncementsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listAnnouncements({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, announcementView), 200);
});
