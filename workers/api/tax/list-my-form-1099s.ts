import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyForm1099s } from '../../services/tax';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myForm1099List } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyForm1099s',
  path: '/affiliate/orgs/{orgId}/tax/1099',
  tags: ['affiliate'],
  summary: 'The past years this advertiser reports your payments on Form 1099-NEC, with box 1',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Your 1099s', content: { 'application/json': { schema: myForm1099List } } },
    ...errorResponses,
  },
});

export const listMyForm1099sRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json({ items: await listMyForm1099s({ ctx: c.var.services(), input: undefined }) }, 200),
);
