import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listBounties } from '../../services/bounties';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { bountyList, bountyListQuery, bountyView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listBounties',
  path: '/orgs/{orgId}/bounties',
  tags: ['bounties'],
  summary: 'Your bounties, newest first, with their winners and waiting submissions',
  security: bearer,
  request: { params: orgParams, query: bountyListQuery },
  responses: {
    200: { description: 'The bounties', content: { 'application/json': { schema: bountyList } } },
    ...errorResponses,
  },
});

export const listBountiesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listBounties({ ctx: c.var.services(), input: { programId: c.req.valid('query').programId } });
  return c.json({ items: rows.map(bountyView) }, 200);
});
