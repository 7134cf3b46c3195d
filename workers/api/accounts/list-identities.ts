import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listIdentities } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { signInMethodsResponse } from './identity-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'get',
  operationId: 'listIdentities',
  path: '/me/identities',
  tags: ['me'],
  summary: 'Your ways to sign in: whether a password is set, and the linked Google and GitHub accounts',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'Sign-in methods', content: { 'application/json': { schema: signInMethodsResponse } } },
    ...declareErrorResponses(401),
  },
});

export const listIdentitiesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const methods = await listIdentities({ ctx: c.var.services(), input: { userId: signedIn(c).userId } });
  return c.json(
    {
      hasPassword: methods.hasPassword,
      identities: methods.identities.map((i) => ({
        ...i,
        createdAt: i.createdAt.toISOString(),
        lastUsedAt: i.lastUsedAt.toISOString(),
      })),
    },
    200,
  );
});
