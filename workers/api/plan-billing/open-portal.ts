import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { openPortal } from '../../services/plan-billing';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { portalResult } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'openPortal',
  path: '/orgs/{orgId}/billing/portal',
  tags: ['billing'],
  summary: 'Open the Stripe customer portal (card, invoices, cancellation)',
  description: '409 no_billing_account before the first checkout. Owner only.',
  security: bearer,
  middleware: [requireMemberRole('owner')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The portal session', content: { 'application/json': { schema: portalResult } } },
    ...errorResponses,
  },
});

export const openPortalRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await openPortal({ ctx: c.var.services(), input: undefined }), 200),
);
