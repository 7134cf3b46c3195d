import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getCampaign, startCampaign } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, planLimitResponse } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaign, campaignParams, campaignView, startCampaignBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'startCampaign',
  path: '/orgs/{orgId}/campaigns/{campaignId}/start',
  tags: ['campaigns'],
  summary: 'Send a draft now, schedule it, or switch its trigger on (counts against the plan)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams, body: jsonBody(startCampaignBody) },
  responses: {
    200: {
      description: 'The campaign, sending, scheduled or active',
      content: { 'application/json': { schema: campaign } },
    },
    ...planLimitResponse,
    ...errorResponses,
  },
});

export const startCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { campaignId } = c.req.valid('param');
  const { scheduledAt } = c.req.valid('json');
  await startCampaign({ ctx, input: { campaignId, scheduledAt: scheduledAt ? new Date(scheduledAt) : undefined } });
  return c.json(campaignView(await getCampaign({ ctx, input: { campaignId } })), 200);
});
