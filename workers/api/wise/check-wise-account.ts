import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkOrgWiseAccount } from '../../services/wise-accounts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { checkWiseBody, wiseCheckView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'checkWiseAccount',
  path: '/orgs/{orgId}/wise/check',
  tags: ['payouts'],
  summary: 'Test a Wise token (pasted, or the stored one) and list the profiles it reaches',
  description:
    'Owners only; stores nothing. With apiToken: the token is tried before connecting, to pick its profile. Without: the organization’s stored token is tried (the connection test), and profileFound says whether its profile is still reachable; 409 wise_not_configured when it has no token of its own. Wise refusing the token → 400 wise_credentials_rejected; unreachable → 503 wise_unavailable.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(checkWiseBody) },
  responses: {
    200: { description: 'What the token reaches', content: { 'application/json': { schema: wiseCheckView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const checkWiseAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  return c.json(await checkOrgWiseAccount({ ctx: c.var.services(), input: { apiToken: body.apiToken ?? null } }), 200);
});
