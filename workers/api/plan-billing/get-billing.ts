import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getBilling } from '../../services/plan-billing';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { billingOverview, billingOverviewView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getBilling',
  path: '/orgs/{orgId}/billing',
  tags: ['billing'],
  summary: 'The organization’s plan, its Stripe subscription and the plans for sale',
  description: 'Every member reads it. 404 billing_disabled when this installation does not bill.',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Billing overview', content: { 'application/json': { schema: billingOverview } } },
    ...errorResponses,
  },
});

export const getBillingRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(billingOverviewView(await getBilling({ ctx: c.var.services(), input: undefined })), 200),
);
