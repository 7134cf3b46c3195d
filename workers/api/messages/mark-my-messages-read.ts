import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { markThreadRead } from '../../services/messages';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'post',
  operationId: 'markMyMessagesRead',
  path: '/affiliate/orgs/{orgId}/messages/read',
  tags: ['affiliate'],
  summary: 'Mark your thread with this advertiser read, up to its newest message',
  security: bearer,
  request: { params: orgParams },
  responses: { 204: { description: 'Marked' }, ...errorResponses },
});

export const markMyMessagesReadRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await markThreadRead({ ctx: c.var.services(), input: {} });
  return c.body(null, 204);
});
