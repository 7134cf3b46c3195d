import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { explainMyConversion } from '../../services/conversions';
import { myConversionExplanation, myConversionExplanationView } from '../clicks/explanation-views';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { conversionParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyConversion',
  path: '/affiliate/orgs/{orgId}/conversions/{conversionId}',
  tags: ['affiliate'],
  summary:
    'One of your conversions explained, with or without a click: the click that earned it, your commission lines with their calculation, and the payout that pays them',
  security: bearer,
  request: { params: conversionParams },
  responses: {
    200: {
      description: 'Your conversion explained',
      content: { 'application/json': { schema: myConversionExplanation } },
    },
    ...errorResponses,
  },
});

export const getMyConversionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { conversionId } = c.req.valid('param');
  const explained = await explainMyConversion({ ctx: c.var.services(), input: { conversionId } });
  return c.json(myConversionExplanationView(explained), 200);
});
