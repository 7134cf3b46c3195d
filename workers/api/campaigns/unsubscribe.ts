import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { unsubscribe } from '../../services/campaigns';
import { errorResponses, publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { unsubscribeQuery, unsubscribeResult } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'unsubscribe',
  path: '/campaigns/unsubscribe',
  tags: ['campaigns'],
  summary: "One-click unsubscribe from an advertiser's marketing email (RFC 8058; no sign-in)",
  description:
    'The target of the List-Unsubscribe header and of the unsubscribe page. Any body (mail clients send List-Unsubscribe=One-Click) is ignored; the signed token says who and from whom.',
  security: publicAccess,
  request: { query: unsubscribeQuery },
  responses: {
    200: {
      description: 'Unsubscribed (again is harmless)',
      content: { 'application/json': { schema: unsubscribeResult } },
    },
    ...errorResponses,
  },
});

export const unsubscribeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const link = await unsubscribe({ ctx: c.var.services(), input: { token: c.req.valid('query').token } });
  return c.json({ advertiserName: link.advertiserName }, 200);
});
