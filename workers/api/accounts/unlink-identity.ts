import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { unlinkIdentity } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { identityParams } from './identity-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'delete',
  operationId: 'unlinkIdentity',
  path: '/me/identities/{identityId}',
  tags: ['me'],
  summary: 'Unlink a Google or GitHub account from yours',
  description:
    '409 last_sign_in_method when the account has no password and this is its only linked provider account. Audited (user.identity_unlinked).',
  security: [{ bearer: [] }],
  request: { params: identityParams },
  responses: {
    204: { description: 'Unlinked' },
    ...declareErrorResponses(400, 401, 404, 409),
  },
});

export const unlinkIdentityRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await unlinkIdentity({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, identityId: c.req.valid('param').identityId },
  });
  return c.body(null, 204);
});
