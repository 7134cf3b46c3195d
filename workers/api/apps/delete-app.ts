import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteApp } from '../../services/apps';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { appParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteApp',
  path: '/orgs/{orgId}/apps/{appId}',
  tags: ['apps'],
  summary: 'Delete an app that has no programs (archive it otherwise)',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: appParams },
  responses: { 204: { description: 'Deleted, with its API keys' }, ...errorResponses },
});

export const deleteAppRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteApp({ ctx: c.var.services(), input: { appId: c.req.valid('param').appId } });
  return c.body(null, 204);
});
