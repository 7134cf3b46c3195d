import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { updateMyEdition } from '../../services/editions';
import { bearer, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams, myEdition, myEditionView, updateEditionBody } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'updateMyEdition',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'Change a draft, pending or rejected edition',
  description:
    'edition_status_conflict: an active, suspended or deleted edition cannot be changed; otherwise the errors of createMyEdition.',
  security: bearer,
  request: { params: editionParams, body: jsonBody(updateEditionBody) },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: myEdition } } },
    ...editionErrorResponses,
  },
});

export const updateMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await updateMyEdition({
    ctx: c.var.services(),
    input: { editionId: c.req.valid('param').editionId, ...c.req.valid('json') },
  });
  return c.json(myEditionView(row), 200);
});
