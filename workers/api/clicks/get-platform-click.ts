import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { explainClick } from '../../services/clicks';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformClickExplanation, platformClickExplanationView } from './explanation-views';
import { platformClickParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getPlatformClick',
  path: '/platform/clicks/{clickId}',
  tags: ['platform'],
  summary: 'Any click explained, for platform staff: conversions, commission lines, payouts',
  security: bearer,
  request: { params: platformClickParams },
  responses: {
    200: {
      description: 'The click explained',
      content: { 'application/json': { schema: platformClickExplanation } },
    },
    ...errorResponses,
  },
});

export const getPlatformClickRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { clickId } = c.req.valid('param');
  const explained = await explainClick({ ctx: c.var.services(), input: { audience: 'platform', clickId } });
  return c.json(platformClickExplanationView(explained), 200);
});
