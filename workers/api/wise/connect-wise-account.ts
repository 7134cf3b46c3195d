import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { connectOrgWiseAccount } from '../../services/wise-accounts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { connectWiseBody, wiseAccountView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'connectWiseAccount',
  path: '/orgs/{orgId}/wise',
  tags: ['payouts'],
  summary: 'Connect or replace the organization’s own Wise account for bank-transfer payouts',
  description:
    'Owners only. Wise must accept the token and list the profile first (GET /v2/profiles): refused → 400 wise_credentials_rejected (a profile the token does not reach: 400 validation_failed) and nothing is stored; Wise unreachable → 503 wise_unavailable. Moving to another profile while Wise transfers from the current one are on their way → 409 wise_payouts_in_flight. From then on this organization’s quotes, recipients, transfers, funding and state reads use its own token; the token is stored encrypted and never shown again. Audited (org_wise.connected / .replaced).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(connectWiseBody) },
  responses: {
    200: { description: 'Connected', content: { 'application/json': { schema: wiseAccountView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const connectWiseAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const view = await connectOrgWiseAccount({
    ctx: c.var.services(),
    input: { apiToken: body.apiToken, profileId: body.profileId },
  });
  return c.json(view, 200);
});
