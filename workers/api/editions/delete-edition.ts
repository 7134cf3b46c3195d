import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteEdition',
  path: '/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'Delete an edition: it stops resolving and its host is free again',
  description:
    'Its conversions and commissions stay; its custom hostname is released after 14 days.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editionParams },
  responses: { 204: { description: 'Done' }, ...editionErrorResponses },
});

export const deleteEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.body(null, 204);
});
