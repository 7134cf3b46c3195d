import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { signUp } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { signUpBody, signUpResponse } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'signUp',
  security: publicAccess,
  path: '/auth/signup',
  tags: ['auth'],
  summary: 'Create an account (affiliate, or advertiser with its organization); mails a verification link',
  request: { body: { required: true, content: { 'application/json': { schema: signUpBody } } } },
  responses: {
    201: {
      description: 'Created; sign in after confirming the email',
      content: { 'application/json': { schema: signUpResponse } },
    },
    ...declareErrorResponses(400, 404, 409, 410, 413, 415, 429),
  },
});

export const signUpRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const result = await signUp({ ctx: c.var.services(), input: c.req.valid('json') });
  return c.json({ ...result, emailVerificationSent: true as const }, 201);
});
