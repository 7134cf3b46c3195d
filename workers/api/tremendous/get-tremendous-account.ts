import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOrgTremendousAccount } from '../../services/tremendous-accounts';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { tremendousAccountView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getTremendousAccount',
  path: '/orgs/{orgId}/tremendous',
  tags: ['payouts'],
  summary: 'The organization’s Tremendous gift-card connection (never the secrets) and its webhook URL',
  security: bearer,
  middleware: [requireMemberRole('owner', 'finance')] as const,
  request: { params: orgParams },
  responses: {
    200: { description: 'The connection', content: { 'application/json': { schema: tremendousAccountView } } },
    ...errorResponses,
  },
});

export const getTremendousAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await getOrgTremendousAccount({ ctx: c.var.services(), input: undefined }), 200),
);
