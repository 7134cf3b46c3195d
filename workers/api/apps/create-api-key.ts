import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createApiKey } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, optionalJsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { apiKeyView, appParams, createApiKeyBody, createdApiKey } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createApiKey',
  path: '/orgs/{orgId}/apps/{appId}/api-keys',
  tags: ['apps'],
  summary: 'Create an API key; the key and its signing secret are shown only in this answer',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams, body: optionalJsonBody(createApiKeyBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: createdApiKey } } },
    ...errorResponses,
  },
});

export const createApiKeyRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = createApiKeyBody.parse(c.req.valid('json'));
  const issued = await createApiKey({
    ctx: c.var.services(),
    input: { appId: c.req.valid('param').appId, name: body.name },
  });
  return c.json({ ...apiKeyView(issued.row), key: issued.key, signingSecret: issued.signingSecret }, 201);
});
