import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { rejectEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams, reasonBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'rejectEdition',
  path: '/orgs/{orgId}/editions/{editionId}/reject',
  tags: ['editions'],
  summary: 'Reject a submitted edition, with the reason the affiliate sees',
  description:
    'edition_status_conflict: it is not pending.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editionParams, body: jsonBody(reasonBody) },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEdition } } },
    ...editionErrorResponses,
  },
});

export const rejectEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await rejectEdition({
    ctx: c.var.services(),
    input: { editionId: c.req.valid('param').editionId, reason: c.req.valid('json').reason },
  });
  return c.json(advertiserEditionView(row), 200);
});
