import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listApiKeys } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { apiKeyList, apiKeyView, appParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listApiKeys',
  path: '/orgs/{orgId}/apps/{appId}/api-keys',
  tags: ['apps'],
  summary: "An app's API keys, masked",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams },
  responses: {
    200: {
      description: 'Keys, newest first, revoked ones included',
      content: { 'application/json': { schema: apiKeyList } },
    },
    ...errorResponses,
  },
});

export const listApiKeysRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listApiKeys({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.json({ items: rows.map(apiKeyView) }, 200);
});
