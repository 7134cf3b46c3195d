import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { reinstateEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'reinstateEdition',
  path: '/orgs/{orgId}/editions/{editionId}/reinstate',
  tags: ['editions'],
  summary: 'Reinstate a suspended edition: its host resolves again',
  description:
    'edition_status_conflict: it is not suspended.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEdition } } },
    ...editionErrorResponses,
  },
});

export const reinstateEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await reinstateEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(advertiserEditionView(row), 200);
});
