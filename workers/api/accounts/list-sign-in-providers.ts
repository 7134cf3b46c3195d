import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { listSignInProviders } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { providerListResponse } from './identity-schema';

const route = createRoute({
  method: 'get',
  operationId: 'listSignInProviders',
  security: publicAccess,
  path: '/auth/providers',
  tags: ['auth'],
  summary: 'Which outside sign-in providers (Google, GitHub) this deployment offers',
  responses: {
    200: { description: 'The configured providers', content: { 'application/json': { schema: providerListResponse } } },
    ...declareErrorResponses(429),
  },
});

export const listSignInProvidersRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const providers = await listSignInProviders({ ctx: c.var.services(), input: undefined });
  return c.json({ providers }, 200);
});
