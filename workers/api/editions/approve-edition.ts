import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { approveEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'approveEdition',
  path: '/orgs/{orgId}/editions/{editionId}/approve',
  tags: ['editions'],
  summary: 'Approve a submitted edition: its host resolves at once',
  description:
    'edition_status_conflict: it is not pending.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEdition } } },
    ...editionErrorResponses,
  },
});

export const approveEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await approveEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(advertiserEditionView(row), 200);
});
