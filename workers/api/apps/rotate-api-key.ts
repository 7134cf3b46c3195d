import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rotateApiKey } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { apiKeyParams, apiKeyView, createdApiKey } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'rotateApiKey',
  path: '/orgs/{orgId}/apps/{appId}/api-keys/{keyId}/rotate',
  tags: ['apps'],
  summary: 'Revoke a key and issue its replacement in one step',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: apiKeyParams },
  responses: {
    201: { description: 'The replacement key, shown once', content: { 'application/json': { schema: createdApiKey } } },
    ...errorResponses,
  },
});

export const rotateApiKeyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { appId, keyId } = c.req.valid('param');
  const issued = await rotateApiKey({ ctx: c.var.services(), input: { appId, keyId } });
  return c.json({ ...apiKeyView(issued.row), key: issued.key, signingSecret: issued.signingSecret }, 201);
});
