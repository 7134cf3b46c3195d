import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listMyOnboarding } from '../../services/onboarding';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myOnboarding, myOnboardingQuery, myOnboardingView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'listMyOnboarding',
  path: '/affiliate/orgs/{orgId}/onboarding',
  tags: ['affiliate'],
  summary: 'Your place on the onboarding path of each program you are active in with this advertiser',
  security: bearer,
  request: { params: orgParams, query: myOnboardingQuery },
  responses: {
    200: { description: 'One path per program', content: { 'application/json': { schema: myOnboarding } } },
    ...errorResponses,
  },
});

export const listMyOnboardingRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const rows = await listMyOnboarding({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json(myOnboardingView(rows), 200);
});
