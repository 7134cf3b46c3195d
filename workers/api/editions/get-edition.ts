import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEdition } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { advertiserEdition, advertiserEditionView, editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getEdition',
  path: '/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'One branded edition of your apps',
  security: bearer,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: advertiserEdition } } },
    ...editionErrorResponses,
  },
});

export const getEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(advertiserEditionView(row), 200);
});
