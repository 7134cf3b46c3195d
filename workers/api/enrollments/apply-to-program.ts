import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { applyToProgram } from '../../services/enrollments';
import { bearer, errorResponses, planLimitResponse } from '../shared/schemas';
import type { AppEnv } from '../types';
import { application, applicationView, applyParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'applyToProgram',
  path: '/affiliate/programs/{programId}/apply',
  tags: ['affiliate'],
  summary: 'Join a program from the marketplace',
  description:
    'Needs an approved affiliate account (403 otherwise). Applying twice is 409 with the existing enrollment id in details.',
  security: bearer,
  request: { params: applyParams },
  responses: {
    201: {
      description: 'Your enrollment with its ref code and coupon code',
      content: { 'application/json': { schema: application } },
    },
    ...errorResponses,
    ...planLimitResponse,
  },
});

export const applyToProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  return c.json(
    applicationView(
      await applyToProgram({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } }),
    ),
    201,
  );
});
