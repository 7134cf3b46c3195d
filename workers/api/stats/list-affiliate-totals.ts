import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAffiliateTotals } from '../../services/stats';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollmentTotalsPage, totalsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listAffiliateTotals',
  path: '/orgs/{orgId}/stats/affiliates',
  tags: ['stats'],
  summary: 'Lifetime clicks, conversions, earnings and EPC per affiliate enrollment, sortable',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin', 'finance')] as const,
  request: { params: orgParams, query: totalsQuery },
  responses: {
    200: {
      description: 'A page of enrollments',
      content: { 'application/json': { schema: enrollmentTotalsPage } },
    },
    ...errorResponses,
  },
});

export const listAffiliateTotalsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await listAffiliateTotals({ ctx: c.var.services(), input: c.req.valid('query') }), 200),
);
