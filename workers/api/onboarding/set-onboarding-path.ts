import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { OnboardingStep } from '../../domain/onboarding-path';
import { setOnboardingPath } from '../../services/onboarding';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { onboardingPath, onboardingPathBody, onboardingPathView, programParams } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'setOnboardingPath',
  path: '/orgs/{orgId}/programs/{programId}/onboarding-path',
  tags: ['onboarding'],
  summary: 'Write the program’s onboarding path: order, steps on or off, and steps of your own',
  description:
    'Every built-in step once (switch it off rather than remove it), each id once, at most 10 steps of your own, at least one step on (400 validation_failed). Owners and admins; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams, body: jsonBody(onboardingPathBody) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: onboardingPath } } },
    ...errorResponses,
  },
});

export const setOnboardingPathRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const saved = await setOnboardingPath({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, steps: c.req.valid('json').steps as OnboardingStep[] },
  });
  return c.json(onboardingPathView(saved), 200);
});
