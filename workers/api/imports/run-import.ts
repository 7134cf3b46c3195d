import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { runImport } from '../../services/imports';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { importJob, importJobJson, importParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'runImport',
  path: '/orgs/{orgId}/imports/{importId}/run',
  tags: ['imports'],
  summary: "Run an import after its dry run; its programs start accepting the source's link parameter",
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: importParams },
  responses: {
    200: { description: 'Running', content: { 'application/json': { schema: importJob } } },
    ...errorResponses,
  },
});

export const runImportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const job = await runImport({ ctx: c.var.services(), input: { importId: c.req.valid('param').importId } });
  return c.json(importJobJson(job), 200);
});
