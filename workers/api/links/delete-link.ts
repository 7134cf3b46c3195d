import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteLink } from '../../services/links';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { linkParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteLink',
  path: '/affiliate/orgs/{orgId}/links/{linkId}',
  tags: ['affiliate'],
  summary: 'Delete a link; its short URL stops working',
  security: bearer,
  request: { params: linkParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteLink({ ctx: c.var.services(), input: { linkId: c.req.valid('param').linkId } });
  return c.body(null, 204);
});
