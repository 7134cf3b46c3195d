import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { explainClick } from '../../services/clicks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { clickExplanation, clickExplanationView } from './explanation-views';
import { clickParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getClick',
  path: '/orgs/{orgId}/clicks/{clickId}',
  tags: ['clicks'],
  summary:
    'One click and every cent that came of it: its conversions, each commission line with its calculation, and the payout that paid it',
  security: bearer,
  request: { params: clickParams },
  responses: {
    200: { description: 'The click explained', content: { 'application/json': { schema: clickExplanation } } },
    ...errorResponses,
  },
});

export const getClickRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { clickId } = c.req.valid('param');
  const explained = await explainClick({ ctx: c.var.services(), input: { audience: 'advertiser', clickId } });
  return c.json(clickExplanationView(explained), 200);
});
