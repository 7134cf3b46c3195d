import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { connectOrgTremendousAccount } from '../../services/tremendous-accounts';
import { declareErrorResponses } from '../openapi-errors';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { connectTremendousBody, tremendousAccountView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'connectTremendousAccount',
  path: '/orgs/{orgId}/tremendous',
  tags: ['payouts'],
  summary: 'Connect or replace the organization’s own Tremendous account for gift-card payouts',
  description:
    'Owners only. Tremendous must accept the key and know the funding source first (GET /funding_sources): refused → 400 tremendous_credentials_rejected (unknown funding source: 400 validation_failed) and nothing is stored; Tremendous unreachable → 503 tremendous_unavailable. Both secrets are stored encrypted and never shown again. Audited (org_tremendous.connected / .replaced).',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams, body: jsonBody(connectTremendousBody) },
  responses: {
    200: { description: 'Connected', content: { 'application/json': { schema: tremendousAccountView } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const connectTremendousAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const view = await connectOrgTremendousAccount({
    ctx: c.var.services(),
    input: {
      apiKey: body.apiKey,
      webhookKey: body.webhookKey ?? null,
      fundingSourceId: body.fundingSourceId,
      allowBelowMinimum: body.allowBelowMinimum,
    },
  });
  return c.json(view, 200);
});
