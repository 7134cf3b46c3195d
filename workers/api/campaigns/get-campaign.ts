import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getCampaign } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaign, campaignParams, campaignView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getCampaign',
  path: '/orgs/{orgId}/campaigns/{campaignId}',
  tags: ['campaigns'],
  summary: 'One campaign with its delivery counts',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams },
  responses: {
    200: { description: 'The campaign', content: { 'application/json': { schema: campaign } } },
    ...errorResponses,
  },
});

export const getCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getCampaign({ ctx: c.var.services(), input: { campaignId: c.req.valid('param').campaignId } });
  return c.json(campaignView(row), 200);
});
