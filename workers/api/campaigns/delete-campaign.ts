import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteCampaign } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteCampaign',
  path: '/orgs/{orgId}/campaigns/{campaignId}',
  tags: ['campaigns'],
  summary: 'Delete a draft campaign (one that reached anyone is cancelled instead)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteCampaignRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteCampaign({ ctx: c.var.services(), input: { campaignId: c.req.valid('param').campaignId } });
  return c.body(null, 204);
});
