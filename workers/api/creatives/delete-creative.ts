import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteCreative } from '../../services/creatives';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteCreative',
  path: '/orgs/{orgId}/programs/{programId}/creatives/{creativeId}',
  tags: ['creatives'],
  summary: 'Delete a creative',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: creativeParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteCreativeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, creativeId } = c.req.valid('param');
  await deleteCreative({ ctx: c.var.services(), input: { programId, creativeId } });
  return c.body(null, 204);
});
