import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateCreative } from '../../services/creatives';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creative, creativeParams, creativeView, updateCreativeBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateCreative',
  path: '/orgs/{orgId}/programs/{programId}/creatives/{creativeId}',
  tags: ['creatives'],
  summary: 'Change a creative (its kind stays)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: creativeParams, body: jsonBody(updateCreativeBody) },
  responses: {
    200: { description: 'Updated', content: { 'application/json': { schema: creative } } },
    ...errorResponses,
  },
});

export const updateCreativeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, creativeId } = c.req.valid('param');
  return c.json(
    creativeView(
      await updateCreative({ ctx: c.var.services(), input: { programId, creativeId, changes: c.req.valid('json') } }),
    ),
    200,
  );
});
