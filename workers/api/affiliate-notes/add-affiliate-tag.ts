import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { addAffiliateTag, MAX_TAGS_PER_AFFILIATE } from '../../services/affiliate-notes';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { addTagBody, affiliateParams, affiliateTag } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'addAffiliateTag',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/tags',
  tags: ['enrollments'],
  summary: 'Tag one of your affiliates',
  description: `A tag it already has is answered as it is. At most ${MAX_TAGS_PER_AFFILIATE} tags per affiliate (409 tag_limit_reached). Audited. Owner or admin.`,
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: affiliateParams, body: jsonBody(addTagBody) },
  responses: {
    200: { description: 'The tag', content: { 'application/json': { schema: affiliateTag } } },
    ...errorResponses,
  },
});

export const addAffiliateTagRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId } = c.req.valid('param');
  return c.json(
    await addAffiliateTag({ ctx: c.var.services(), input: { affiliateId, tag: c.req.valid('json').tag } }),
    200,
  );
});
