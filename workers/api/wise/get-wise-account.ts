import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrgWiseAccount } from '../../services/wise-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { wiseAccountView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getWiseAccount',
  path: '/orgs/{orgId}/wise',
  tags: ['payouts'],
  summary: 'The organization’s Wise bank-transfer connection (never the token) and the webhook URL',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The connection', content: { 'application/json': { schema: wiseAccountView } } },
    ...errorResponses,
  },
});

export const getWiseAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await getOrgWiseAccount({ ctx: c.var.services(), input: undefined }), 200),
);
