import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyEdition } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams, myEdition, myEditionView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyEdition',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'One of your branded editions',
  security: bearer,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: myEdition } } },
    ...editionErrorResponses,
  },
});

export const getMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getMyEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(myEditionView(row), 200);
});
