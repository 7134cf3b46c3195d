import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteMyEdition } from '../../services/editions';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editionErrorResponses, editionParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteMyEdition',
  path: '/affiliate/orgs/{orgId}/editions/{editionId}',
  tags: ['editions'],
  summary: 'Delete your edition: it stops resolving and its host is free again',
  security: bearer,
  request: { params: editionParams },
  responses: { 204: { description: 'Done' }, ...editionErrorResponses },
});

export const deleteMyEditionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteMyEdition({ ctx: c.var.services(), input: { editionId: c.req.valid('param').editionId } });
  return c.body(null, 204);
});
