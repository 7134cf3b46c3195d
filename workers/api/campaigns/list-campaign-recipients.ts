import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listCampaignRecipients } from '../../services/campaigns';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, pageQuery } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignParams, campaignRecipientPage, recipientView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listCampaignRecipients',
  path: '/orgs/{orgId}/campaigns/{campaignId}/recipients',
  tags: ['campaigns'],
  summary: "A campaign's recipients and each one's delivery state",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: campaignParams, query: pageQuery },
  responses: {
    200: { description: 'A page of recipients', content: { 'application/json': { schema: campaignRecipientPage } } },
    ...errorResponses,
  },
});

export const listCampaignRecipientsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listCampaignRecipients({
    ctx: c.var.services(),
    input: { campaignId: c.req.valid('param').campaignId, ...query },
  });
  const items = rows.slice(0, query.limit);
  return c.json(
    { items: items.map(recipientView), nextCursor: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null },
    200,
  );
});
