import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCampaigns } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignPage, campaignView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listCampaigns',
  path: '/orgs/{orgId}/campaigns',
  tags: ['campaigns'],
  summary: 'Your campaigns to affiliates, newest first, with delivery counts',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, query: pageQuery },
  responses: {
    200: { description: 'A page of campaigns', content: { 'application/json': { schema: campaignPage } } },
    ...errorResponses,
  },
});

export const listCampaignsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listCampaigns({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, campaignView), 200);
});
