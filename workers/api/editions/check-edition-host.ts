import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { checkEditionHost } from '../../services/editions';
import { bearer, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { checkHostQuery, editionErrorResponses, editionHostCheck, editionHostCheckView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'checkEditionHost',
  path: '/affiliate/orgs/{orgId}/editions/check-host',
  tags: ['editions'],
  summary: `Whether a host (and name) is valid, free and resembles nothing protected, for the wizard's live feedback`,
  security: bearer,
  request: { params: orgParams, query: checkHostQuery },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: editionHostCheck } } },
    ...editionErrorResponses,
  },
});

export const checkEditionHostRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await checkEditionHost({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json(editionHostCheckView(row), 200);
});
