import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { explainClick } from '../../services/clicks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myClickExplanation, myClickExplanationView } from './explanation-views';
import { clickParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyClick',
  path: '/affiliate/orgs/{orgId}/clicks/{clickId}',
  tags: ['affiliate'],
  summary:
    'One of your clicks and what you earned from it: its conversions, your commission lines with their calculation, and the payout that paid them',
  security: bearer,
  request: { params: clickParams },
  responses: {
    200: { description: 'Your click explained', content: { 'application/json': { schema: myClickExplanation } } },
    ...errorResponses,
  },
});

export const getMyClickRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { clickId } = c.req.valid('param');
  const explained = await explainClick({ ctx: c.var.services(), input: { audience: 'affiliate', clickId } });
  return c.json(myClickExplanationView(explained), 200);
});
