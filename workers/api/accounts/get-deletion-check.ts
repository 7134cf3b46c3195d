import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkAccountDeletion } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { deletionCheckResponse } from './deletion-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'get',
  operationId: 'getDeletionCheck',
  path: '/me/deletion',
  tags: ['me'],
  summary: 'What deleting this account needs: blockers (last owner, unpaid balances, a payout in progress) and 2FA',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The check', content: { 'application/json': { schema: deletionCheckResponse } } },
    ...declareErrorResponses(401),
  },
});

export const getDeletionCheckRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(await checkAccountDeletion({ ctx: c.var.services(), input: { userId: signedIn(c).userId } }), 200);
});
