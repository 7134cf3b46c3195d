import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getActivationFunnel } from '../../services/onboarding';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { activationFunnel, activationFunnelView, funnelQuery, programParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getActivationFunnel',
  path: '/orgs/{orgId}/programs/{programId}/activation-funnel',
  tags: ['onboarding'],
  summary: 'How the program’s affiliates reached each onboarding step, by month of approval',
  security: bearer,
  request: { params: programParams, query: funnelQuery },
  responses: {
    200: { description: 'The funnel', content: { 'application/json': { schema: activationFunnel } } },
    ...errorResponses,
  },
});

export const getActivationFunnelRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const funnel = await getActivationFunnel({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, months: c.req.valid('query').months },
  });
  return c.json(activationFunnelView(funnel), 200);
});
