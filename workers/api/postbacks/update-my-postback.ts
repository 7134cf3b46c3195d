import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updatePostbackSettings } from '../../services/postbacks';
import { signedIn } from '../accounts/signed-in';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { postbackSettings, postbackSettingsBody, settingsView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'updateMyPostback',
  path: '/me/postback',
  tags: ['me', 'postbacks'],
  summary: 'Set your one postback URL template for every advertiser, turn it on or off, choose its events',
  security: bearer,
  request: { body: jsonBody(postbackSettingsBody) },
  responses: {
    200: { description: 'The saved settings', content: { 'application/json': { schema: postbackSettings } } },
    ...errorResponses,
  },
});

export const updateMyPostbackRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const settings = await updatePostbackSettings({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, settings: c.req.valid('json') },
  });
  return c.json(settingsView(settings), 200);
});
