import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { removeAffiliateTag } from '../../services/affiliate-notes';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { tagParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'removeAffiliateTag',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/tags/{tagId}',
  tags: ['enrollments'],
  summary: 'Remove a tag from one of your affiliates',
  description: 'Audited. Owner or admin.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: tagParams },
  responses: { 204: { description: 'The tag was removed' }, ...errorResponses },
});

export const removeAffiliateTagRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId, tagId } = c.req.valid('param');
  await removeAffiliateTag({ ctx: c.var.services(), input: { affiliateId, tagId } });
  return c.body(null, 204);
});
