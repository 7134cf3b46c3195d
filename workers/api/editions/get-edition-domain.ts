import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getEditionDomain } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionDomain, editionDomainView, editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getEditionDomain',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}/domain',
  tags: ['editions'],
  summary: `Your edition's host: the DNS records to add (custom hosts) and its live status`,
  security: bearer,
  request: { params: editionParams },
  responses: {
    200: { description: 'OK', content: { 'application/json': { schema: editionDomain } } },
    ...editionErrorResponses,
  },
});

export const getEditionDomainRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const row = await getEditionDomain({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.json(editionDomainView(row), 200);
});
