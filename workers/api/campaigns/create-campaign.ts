import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createCampaign, NO_COUNTS } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaign, campaignBody, campaignFields, campaignView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createCampaign',
  path: '/orgs/{orgId}/campaigns',
  tags: ['campaigns'],
  summary: 'Write a campaign (saved as a draft; nothing is sent yet)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(campaignBody) },
  responses: {
    201: { description: 'The draft', content: { 'application/json': { schema: campaign } } },
    ...errorResponses,
  },
});

export const createCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createCampaign({ ctx: c.var.services(), input: campaignFields(c.req.valid('json')) });
  return c.json(campaignView({ ...row, counts: NO_COUNTS }), 201);
});
