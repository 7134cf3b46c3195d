import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rotatePostbackSecret } from '../../services/programs';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { postbackSecret, programParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'rotatePostbackSecret',
  path: '/orgs/{orgId}/programs/{programId}/postback-secret',
  tags: ['programs'],
  summary: 'Issue a new S2S postback secret; the old one stops working',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams },
  responses: {
    201: { description: 'The secret, shown this once', content: { 'application/json': { schema: postbackSecret } } },
    ...errorResponses,
  },
});

export const rotatePostbackSecretRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    await rotatePostbackSecret({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } }),
    201,
  );
});
