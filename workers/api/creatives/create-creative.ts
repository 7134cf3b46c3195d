import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createCreative } from '../../services/creatives';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createCreativeBody, creative, creativesParams, creativeView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createCreative',
  path: '/orgs/{orgId}/programs/{programId}/creatives',
  tags: ['creatives'],
  summary: 'Add a banner or a text link',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: creativesParams, body: jsonBody(createCreativeBody) },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: creative } } },
    ...errorResponses,
  },
});

export const createCreativeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await createCreative({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, creative: c.req.valid('json') },
  });
  return c.json(creativeView(row), 201);
});
