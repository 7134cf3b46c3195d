import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getPostbackSettings } from '../../services/postbacks';
import { signedIn } from '../accounts/signed-in';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { postbackSettings, settingsView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyPostback',
  path: '/me/postback',
  tags: ['me', 'postbacks'],
  summary: 'Your postback URL template, whether it is on, and its events',
  security: bearer,
  responses: {
    200: { description: 'The postback settings', content: { 'application/json': { schema: postbackSettings } } },
    ...errorResponses,
  },
});

export const getMyPostbackRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const settings = await getPostbackSettings({ ctx: c.var.services(), input: { userId: signedIn(c).userId } });
  return c.json(settingsView(settings), 200);
});
