import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyLevelEarnings } from '../../services/recruitment';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { levelEarningsList } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyLevelEarnings',
  path: '/affiliate/recruit-earnings',
  tags: ['affiliate'],
  summary: 'What your recruits’ sales earned you, per level (1–3) and currency, by status',
  security: bearer,
  responses: {
    200: {
      description: 'Sums of your upline commission lines, net of adjustments; never the advertisers’ revenue',
      content: { 'application/json': { schema: levelEarningsList } },
    },
    ...errorResponses,
  },
});

export const listMyLevelEarningsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json({ items: await listMyLevelEarnings({ ctx: c.var.services(), input: undefined }) }, 200),
);
