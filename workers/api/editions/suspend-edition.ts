import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { suspendEdition } from '../../services/editions';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams, reasonBody } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'suspendEdition',
  path: '/orgs/{orgId}/editions/{editionId}/suspend',
  tags: ['editions'],
  summary: 'Suspend an edition: its host stops resolving at once',
  description:
    'Its custom hostname is released after 14 days unless reinstated. edition_status_conflict: not active or pending.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editionParams, body: jsonBody(reasonBody) },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEdition } } },
    ...editionErrorResponses,
  },
});

export const suspendEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await suspendEdition({
    ctx: c.var.services(),
    input: { editionId: c.req.valid('param').editionId, reason: c.req.valid('json').reason },
  });
  return c.json(advertiserEditionView(row), 200);
});
