import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMyVatId } from '../../services/tax';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myVatId, myVatIdJson } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyVatId',
  path: '/affiliate/vat-id',
  tags: ['affiliate'],
  summary: 'Your EU VAT id by its last four, with VIES’s verdict',
  security: bearer,
  responses: {
    200: { description: 'Your VAT id, or null', content: { 'application/json': { schema: myVatId } } },
    ...errorResponses,
  },
});

export const getMyVatIdRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(myVatIdJson(await getMyVatId({ ctx: c.var.services(), input: undefined })), 200),
);
