import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countCampaignAudience } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignParams } from './schemas';

const audience = z
  .object({ count: z.number().int().min(0).describe('Affiliates a send now would reach, not reached yet') })
  .openapi('CampaignAudience');

const route = createRoute({
  method: 'get',
  operationId: 'countCampaignAudience',
  path: '/orgs/{orgId}/campaigns/{campaignId}/audience',
  tags: ['campaigns'],
  summary: 'How many affiliates the campaign would reach if sent now (asked before sending)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams },
  responses: {
    200: { description: 'The audience’s size', content: { 'application/json': { schema: audience } } },
    ...errorResponses,
  },
});

export const countCampaignAudienceRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const count = await countCampaignAudience({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json({ count }, 200);
});
