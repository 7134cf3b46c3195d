import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEmbedDashboard, setEmbedPaypalEmail } from '../../services/embed';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { embedOf, embedSession } from './embed-session';
import { embedAppParams, embedDashboard, embedDashboardView, embedPaypalEmailBody } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setEmbedPaypalEmail',
  path: '/embed/{appId}/paypal-email',
  tags: ['embed'],
  summary: 'Set the PayPal address the user is paid at; payouts wait until they open the link mailed to it',
  security: [{ embedToken: [] }],
  middleware: [embedSession] as const,
  request: {
    params: embedAppParams,
    body: { required: true, content: { 'application/json': { schema: embedPaypalEmailBody } } },
  },
  responses: {
    200: { description: 'Set: the dashboard', content: { 'application/json': { schema: embedDashboard } } },
    ...declareErrorResponses(400, 401, 403, 404, 429),
  },
});

export const setEmbedPaypalEmailRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  await setEmbedPaypalEmail({ ctx, input: { session: embedOf(c), email: c.req.valid('json').email } });
  return c.json(embedDashboardView(await getEmbedDashboard({ ctx, input: embedOf(c) }), embedOf(c).theme), 200);
});
