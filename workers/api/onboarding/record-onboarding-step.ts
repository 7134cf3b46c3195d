import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { recordOnboardingStep } from '../../services/onboarding';
import { bearer, errorResponses, iso } from '../shared/schemas';
import type { AppEnv } from '../types';
import { recordedStep, stepParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'recordOnboardingStep',
  path: '/affiliate/orgs/{orgId}/programs/{programId}/onboarding/{stepId}',
  tags: ['affiliate'],
  summary: 'Mark an onboarding step reached: the brief or creatives opened, or a step of the advertiser’s own done',
  description:
    'link, click and conversion tick themselves (409 onboarding_step_automatic); a step the path lacks or has switched off is 404. The first time stays.',
  security: bearer,
  request: { params: stepParams },
  responses: {
    200: { description: 'Reached', content: { 'application/json': { schema: recordedStep } } },
    ...errorResponses,
  },
});

export const recordOnboardingStepRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { programId, stepId } = c.req.valid('param');
  const step = await recordOnboardingStep({ ctx: c.var.services(), input: { programId, stepId } });
  return c.json({ stepId: step.stepId, reachedAt: iso(step.reachedAt) }, 200);
});
