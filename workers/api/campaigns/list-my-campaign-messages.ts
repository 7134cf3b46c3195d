import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyCampaignMessages } from '../../services/campaigns';
import { bearer, errorResponses, orgParams, pageQuery, toPage } from '../shared/schemas';
import type { AppEnv } from '../types';
import { campaignMessagePage, messageView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyCampaignMessages',
  path: '/affiliate/orgs/{orgId}/campaign-messages',
  tags: ['affiliate'],
  summary: "This advertiser's messages to you, newest first",
  security: bearer,
  request: { params: orgParams, query: pageQuery },
  responses: {
    200: { description: 'A page of messages', content: { 'application/json': { schema: campaignMessagePage } } },
    ...errorResponses,
  },
});

export const listMyCampaignMessagesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const rows = await listMyCampaignMessages({ ctx: c.var.services(), input: query });
  return c.json(toPage(rows, query.limit, messageView), 200);
});
