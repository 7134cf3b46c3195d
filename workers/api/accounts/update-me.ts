import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateProfile } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { profileResponse, updateProfileBody } from './me-schema';
import { serialize } from './serialize';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'patch',
  operationId: 'updateMe',
  path: '/me',
  tags: ['me'],
  summary: 'Update the profile, payout email, postback URL template and notification settings',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: updateProfileBody } } } },
  responses: {
    200: { description: 'The updated profile', content: { 'application/json': { schema: profileResponse } } },
    ...declareErrorResponses(400, 401, 413, 415),
  },
});

export const updateMeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const profile = await updateProfile({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, changes: c.req.valid('json') },
  });
  return c.json(serialize(profile), 200);
});
