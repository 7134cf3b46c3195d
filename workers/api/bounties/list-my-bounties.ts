import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyBounties } from '../../services/bounties';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myBountyList, myBountyView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyBounties',
  path: '/affiliate/orgs/{orgId}/bounties',
  tags: ['affiliate'],
  summary: "This advertiser's bounties open to you, with your progress, and those you answered or won",
  description:
    'A sale-amount target shows your progress as a percent only: the amounts of your sales are the advertiser’s revenue.',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'Your bounties', content: { 'application/json': { schema: myBountyList } } },
    ...errorResponses,
  },
});

export const listMyBountiesRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyBounties({ ctx: c.var.services(), input: undefined });
  return c.json({ items: rows.map(myBountyView) }, 200);
});
