import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOnboardingPath } from '../../services/onboarding';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { onboardingPath, onboardingPathView, programParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getOnboardingPath',
  path: '/orgs/{orgId}/programs/{programId}/onboarding-path',
  tags: ['onboarding'],
  summary: 'The program’s onboarding path: every step in order, those switched off too',
  security: bearer,
  request: { params: programParams },
  responses: {
    200: { description: 'The path', content: { 'application/json': { schema: onboardingPath } } },
    ...errorResponses,
  },
});

export const getOnboardingPathRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const path = await getOnboardingPath({ ctx: c.var.services(), input: { programId: c.req.valid('param').programId } });
  return c.json(onboardingPathView(path), 200);
});
