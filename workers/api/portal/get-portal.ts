import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { resolvePortal } from '../../services/portal';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { portal, portalView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getPortal',
  security: publicAccess,
  path: '/portal',
  tags: ['portal'],
  summary: 'The brand of the host the request came to: an advertiser’s white-label portal or the platform; public',
  responses: {
    200: { description: 'The brand', content: { 'application/json': { schema: portal } } },
    ...declareErrorResponses(400),
  },
});

export const getPortalRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const brand = await resolvePortal({ ctx: c.var.services(), input: { host: new URL(c.req.url).host } });
  // Public and per host: a shared cache may keep it briefly, keyed by the host it is for.
  c.header('cache-control', 'public, max-age=60');
  c.header('vary', 'host');
  return c.json(portalView(brand), 200);
});
