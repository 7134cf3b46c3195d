import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getConversion } from '../../services/conversions';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { conversionDetail, conversionDetailView } from './conversion-views';
import { conversionParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getConversion',
  path: '/orgs/{orgId}/conversions/{conversionId}',
  tags: ['conversions'],
  summary:
    'One conversion: why it was credited (the attribution trace), every commission line and its calculation, and its review',
  security: bearer,
  request: { params: conversionParams },
  responses: {
    200: { description: 'The conversion', content: { 'application/json': { schema: conversionDetail } } },
    ...errorResponses,
  },
});

export const getConversionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    conversionDetailView(
      await getConversion({ ctx: c.var.services(), input: { conversionId: c.req.valid('param').conversionId } }),
    ),
    200,
  );
});
