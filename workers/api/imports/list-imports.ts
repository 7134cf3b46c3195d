import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listImports } from '../../services/imports';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { importJobJson, importJobList } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listImports',
  path: '/orgs/{orgId}/imports',
  tags: ['imports'],
  summary: "The advertiser's imports with their progress, newest first",
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The imports', content: { 'application/json': { schema: importJobList } } },
    ...errorResponses,
  },
});

export const listImportsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const jobs = await listImports({ ctx: c.var.services(), input: undefined });
  return c.json({ items: jobs.map(importJobJson) }, 200);
});
