import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { cancelCampaign, getCampaign } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaign, campaignParams, campaignView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'cancelCampaign',
  path: '/orgs/{orgId}/campaigns/{campaignId}/cancel',
  tags: ['campaigns'],
  summary: 'Call off a scheduled send or switch a trigger off (what went out stays)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams },
  responses: {
    200: { description: 'The cancelled campaign', content: { 'application/json': { schema: campaign } } },
    ...errorResponses,
  },
});

export const cancelCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { campaignId } = c.req.valid('param');
  await cancelCampaign({ ctx, input: { campaignId } });
  return c.json(campaignView(await getCampaign({ ctx, input: { campaignId } })), 200);
});
