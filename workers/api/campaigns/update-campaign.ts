import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getCampaign, updateCampaign } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaign, campaignBody, campaignFields, campaignParams, campaignView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'updateCampaign',
  path: '/orgs/{orgId}/campaigns/{campaignId}',
  tags: ['campaigns'],
  summary: 'Rewrite a draft campaign (every field)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams, body: jsonBody(campaignBody) },
  responses: {
    200: { description: 'The draft', content: { 'application/json': { schema: campaign } } },
    ...errorResponses,
  },
});

export const updateCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const { campaignId } = c.req.valid('param');
  await updateCampaign({ ctx, input: { campaignId, fields: campaignFields(c.req.valid('json')) } });
  return c.json(campaignView(await getCampaign({ ctx, input: { campaignId } })), 200);
});
