import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyWiseRecipient } from '../../services/payouts';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { wiseRecipientView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getWiseRecipient',
  path: '/affiliate/orgs/{orgId}/wise/recipient',
  tags: ['affiliate'],
  summary: 'The bank account this advertiser pays you through Wise (never the full details)',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: {
      description: 'Your Wise recipient, or null',
      content: { 'application/json': { schema: wiseRecipientView } },
    },
    ...errorResponses,
  },
});

export const recipientJson = (r: Awaited<ReturnType<typeof getMyWiseRecipient>>) => ({
  recipient: r ? { ...r, updatedAt: r.updatedAt.toISOString() } : null,
});

export const getWiseRecipientRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(recipientJson(await getMyWiseRecipient({ ctx: c.var.services(), input: undefined })), 200),
);
