import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { setForm1099Threshold } from '../../services/tax';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { platformYearParams, thresholdInput, thresholdView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setForm1099Threshold',
  path: '/platform/form-1099-thresholds/{year}',
  tags: ['platform'],
  summary: 'Set a year’s 1099-NEC reporting threshold (2027 on, as the IRS indexes it)',
  description:
    'Platform admins only; audited as form_1099_threshold.set with the amount before and after. 409 form_1099_threshold_locked for a year the law fixes (through 2026) or one that has ended (details: year, reason).',
  security: bearer,
  request: { params: platformYearParams, body: jsonBody(thresholdInput) },
  responses: {
    200: { description: 'The threshold', content: { 'application/json': { schema: thresholdView } } },
    ...errorResponses,
  },
});

export const setForm1099ThresholdRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { year } = c.req.valid('param');
  const { amountMinor } = c.req.valid('json');
  return c.json(await setForm1099Threshold({ ctx: c.var.services(), input: { year, amountMinor } }), 200);
});
