import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listForm1099Thresholds } from '../../services/tax';
import { bearer, errorResponses, iso } from '../shared/schemas';
import type { AppEnv } from '../types';
import { thresholdList } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listForm1099Thresholds',
  path: '/platform/form-1099-thresholds',
  tags: ['platform'],
  summary: 'Every year’s 1099-NEC reporting threshold: the ones the law fixes and the ones platform staff set',
  description:
    'Oldest first. Years through 2026 are fixed by law; from 2027 a year without a row here has no threshold yet, and its 1099-NEC export answers 409 form_1099_threshold_unset. Platform staff read it.',
  security: bearer,
  responses: {
    200: { description: 'By year', content: { 'application/json': { schema: thresholdList } } },
    ...errorResponses,
  },
});

export const listForm1099ThresholdsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const list = await listForm1099Thresholds({ ctx: c.var.services(), input: undefined });
  return c.json(
    {
      items: list.items.map((row) => ({ ...row, updatedAt: row.updatedAt ? iso(row.updatedAt) : null })),
      firstSettableYear: list.firstSettableYear,
    },
    200,
  );
});
