import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyProgramTotals } from '../../services/stats';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { enrollmentTotalsPage, totalsQuery } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyProgramTotals',
  path: '/affiliate/orgs/{orgId}/stats/programs',
  tags: ['affiliate'],
  summary: 'Your lifetime clicks, conversions, earnings and EPC per program of this advertiser',
  security: bearer,
  request: { params: orgParams, query: totalsQuery },
  responses: {
    200: {
      description: 'A page of your enrollments',
      content: { 'application/json': { schema: enrollmentTotalsPage } },
    },
    ...errorResponses,
  },
});

export const listMyProgramTotalsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await listMyProgramTotals({ ctx: c.var.services(), input: c.req.valid('query') }), 200),
);
