import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { submitTaxForm } from '../../services/tax';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { taxForm, taxFormInput, taxFormJson } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'submitMyTaxForm',
  path: '/affiliate/orgs/{orgId}/tax/forms',
  tags: ['affiliate'],
  summary: 'Sign a W-9, W-8BEN or W-8BEN-E for this advertiser (or for all that accept shared forms)',
  description:
    'The typed signature is dated by the server and recorded with your IP. A new form replaces the previous one of the same scope. 400 tax_form_invalid lists the fields to fix in details.issues.',
  security: bearer,
  request: { params: orgParams, body: jsonBody(taxFormInput) },
  responses: {
    201: { description: 'The signed form', content: { 'application/json': { schema: taxForm } } },
    ...errorResponses,
  },
});

export const submitMyTaxFormRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(taxFormJson(await submitTaxForm({ ctx: c.var.services(), input: c.req.valid('json') })), 201),
);
