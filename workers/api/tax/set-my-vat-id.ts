import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setMyVatId } from '../../services/tax';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { myVatId, myVatIdJson, vatIdInput } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setMyVatId',
  path: '/affiliate/vat-id',
  tags: ['affiliate'],
  summary: 'Enter your EU VAT id: checked with VIES, kept only when valid; payouts then carry self-billing invoices',
  description: '400 vat_id_invalid (details.reason format or vies); 503 vies_unavailable when VIES cannot answer now.',
  security: bearer,
  request: { body: jsonBody(vatIdInput) },
  responses: {
    200: { description: 'Your VAT id, or null once removed', content: { 'application/json': { schema: myVatId } } },
    ...errorResponses,
    ...declareErrorResponses(503),
  },
});

export const setMyVatIdRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(myVatIdJson(await setMyVatId({ ctx: c.var.services(), input: c.req.valid('json') })), 200),
);
