import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { createImport } from '../../services/imports';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { createImportBody, importJob, importJobJson } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'createImport',
  path: '/orgs/{orgId}/imports',
  tags: ['imports'],
  summary: 'Start an import from Rewardful, FirstPromoter, Tolt, PartnerStack or our CSV format: its dry run first',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: orgParams, body: jsonBody(createImportBody) },
  responses: {
    201: { description: 'Started; the dry run follows', content: { 'application/json': { schema: importJob } } },
    ...errorResponses,
  },
});

export const createImportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const job = await createImport({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json(importJobJson(job), 201);
});
