import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { lookUpRecruitCode } from '../../services/recruitment';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { recruitCodeInfo, recruitCodeParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'lookUpRecruitCode',
  security: publicAccess,
  path: '/auth/recruit-codes/{code}',
  tags: ['auth'],
  summary: 'Who a recruit link is from, for the sign-up page (public, rate limited per IP)',
  request: { params: recruitCodeParams },
  responses: {
    200: { description: 'The code recruits', content: { 'application/json': { schema: recruitCodeInfo } } },
    ...declareErrorResponses(400, 404, 429),
  },
});

export const lookUpRecruitCodeRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { code } = c.req.valid('param');
  return c.json(await lookUpRecruitCode({ ctx: c.var.services(), input: { code } }), 200);
});
