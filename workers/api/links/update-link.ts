import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateLink } from '../../services/links';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { link, linkParams, linkView, updateLinkBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateLink',
  path: '/affiliate/orgs/{orgId}/links/{linkId}',
  tags: ['affiliate'],
  summary: 'Change a link; a new slug replaces the old one at the edge',
  security: bearer,
  request: { params: linkParams, body: jsonBody(updateLinkBody) },
  responses: { 200: { description: 'Updated', content: { 'application/json': { schema: link } } }, ...errorResponses },
});

export const updateLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const row = await updateLink({ ctx, input: { linkId: c.req.valid('param').linkId, changes: c.req.valid('json') } });
  return c.json(linkView(row, ctx.config.APP_BASE_URL), 200);
});
