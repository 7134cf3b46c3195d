import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getOnboarding } from '../../services/organizations';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { onboarding, onboardingView } from './onboarding-schema';

const route = createRoute({
  method: 'get',
  operationId: 'getOnboarding',
  path: '/orgs/{orgId}/onboarding',
  tags: ['organizations'],
  summary: 'Getting-started progress: apps, live API keys, programs, enrolled affiliates and the latest event received',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The progress', content: { 'application/json': { schema: onboarding } } },
    ...errorResponses,
  },
});

export const getOnboardingRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(onboardingView(await getOnboarding({ ctx: c.var.services(), input: undefined })), 200),
);
