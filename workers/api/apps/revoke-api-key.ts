import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { revokeApiKey } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { apiKeyParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'revokeApiKey',
  path: '/orgs/{orgId}/apps/{appId}/api-keys/{keyId}',
  tags: ['apps'],
  summary: 'Revoke an API key',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: apiKeyParams },
  responses: { 204: { description: 'Revoked (also when it already was)' }, ...errorResponses },
});

export const revokeApiKeyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { appId, keyId } = c.req.valid('param');
  await revokeApiKey({ ctx: c.var.services(), input: { appId, keyId } });
  return c.body(null, 204);
});
