import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getLink } from '../../services/links';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { link, linkParams, linkView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getLink',
  path: '/affiliate/orgs/{orgId}/links/{linkId}',
  tags: ['affiliate'],
  summary: 'One of your links',
  security: bearer,
  request: { params: linkParams },
  responses: { 200: { description: 'The link', content: { 'application/json': { schema: link } } }, ...errorResponses },
});

export const getLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  return c.json(
    linkView(await getLink({ ctx, input: { linkId: c.req.valid('param').linkId } }), ctx.config.APP_BASE_URL),
    200,
  );
});
