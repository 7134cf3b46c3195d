import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkOrgTremendousAccount } from '../../services/tremendous-accounts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { checkTremendousBody, tremendousCheckView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'checkTremendousAccount',
  path: '/orgs/{orgId}/tremendous/check',
  tags: ['payouts'],
  summary: 'Test a Tremendous key (pasted, or the stored one) and list its funding sources',
  description:
    'Owners only; stores nothing. With apiKey: the key is tried before connecting, to pick its funding source. Without: the organization’s stored key is tried (the connection test), and fundingSourceFound says whether its funding source still exists; 409 tremendous_not_configured when it has no key of its own. Tremendous refusing the key → 400 tremendous_credentials_rejected; unreachable → 503 tremendous_unavailable.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(checkTremendousBody) },
  responses: {
    200: { description: 'What the key reaches', content: { 'application/json': { schema: tremendousCheckView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const checkTremendousAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  return c.json(
    await checkOrgTremendousAccount({ ctx: c.var.services(), input: { apiKey: body.apiKey ?? null } }),
    200,
  );
});
