import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { markCampaignMessageRead } from '../../services/campaigns';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignMessageParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'markCampaignMessageRead',
  path: '/affiliate/orgs/{orgId}/campaign-messages/{messageId}/read',
  tags: ['affiliate'],
  summary: 'Mark a message from this advertiser read (repeating is harmless)',
  security: bearer,
  request: { params: campaignMessageParams },
  responses: { 204: { description: 'Read' }, ...errorResponses },
});

export const markCampaignMessageReadRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await markCampaignMessageRead({ ctx: c.var.services(), input: { messageId: c.req.valid('param').messageId } });
  return c.body(null, 204);
});
