import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { regenerateRecoveryCodes } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { codeBody, recoveryCodesResponse } from './me-schema';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'regenerateRecoveryCodes',
  path: '/me/2fa/recovery-codes',
  tags: ['me'],
  summary: 'Replace the recovery codes (needs a current code); the old ones stop working',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: codeBody } } } },
  responses: {
    200: { description: 'New codes, shown once', content: { 'application/json': { schema: recoveryCodesResponse } } },
    ...declareErrorResponses(400, 401, 409, 413, 415, 429),
  },
});

export const regenerateRecoveryCodesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await regenerateRecoveryCodes({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, code: c.req.valid('json').code },
  });
  return c.json(result, 200);
});
