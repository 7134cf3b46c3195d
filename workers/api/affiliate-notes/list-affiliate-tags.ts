import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listAffiliateTags } from '../../services/affiliate-notes';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { affiliateParams, affiliateTagList } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listAffiliateTags',
  path: '/orgs/{orgId}/affiliates/{affiliateId}/tags',
  tags: ['enrollments'],
  summary: 'The tags your team gave one of your affiliates, alphabetical',
  description: 'Seen by your members only, never by the affiliate.',
  security: bearer,
  request: { params: affiliateParams },
  responses: {
    200: { description: 'The tags', content: { 'application/json': { schema: affiliateTagList } } },
    ...errorResponses,
  },
});

export const listAffiliateTagsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json({ items: await listAffiliateTags({ ctx: c.var.services(), input: c.req.valid('param') }) }, 200),
);
