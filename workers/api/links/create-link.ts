import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createLink } from '../../services/links';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createLinkBody, link, linkView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createLink',
  path: '/affiliate/orgs/{orgId}/links',
  tags: ['affiliate'],
  summary: 'Build a short link with UTM and custom parameters',
  security: bearer,
  request: { params: orgParams, body: jsonBody(createLinkBody) },
  responses: {
    201: {
      description: 'Created; live at the edge within a minute',
      content: { 'application/json': { schema: link } },
    },
    ...errorResponses,
  },
});

export const createLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  return c.json(linkView(await createLink({ ctx, input: c.req.valid('json') }), ctx.config.APP_BASE_URL), 201);
});
