import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getImport } from '../../services/imports';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { importJob, importJobJson, importParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getImport',
  path: '/orgs/{orgId}/imports/{importId}',
  tags: ['imports'],
  summary: 'One import: its stage, dry-run counts and progress',
  security: bearer,
  request: { params: importParams },
  responses: {
    200: { description: 'The import', content: { 'application/json': { schema: importJob } } },
    ...errorResponses,
  },
});

export const getImportRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const job = await getImport({ ctx: c.var.services(), input: { importId: c.req.valid('param').importId } });
  return c.json(importJobJson(job), 200);
});
