import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { verifyEmail } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { tokenBody, verifyEmailResponse } from './auth-schema';

const route = createRoute({
  method: 'post',
  operationId: 'verifyEmail',
  security: publicAccess,
  path: '/auth/verify-email',
  tags: ['auth'],
  summary: 'Confirm the email address with the token from the verification link',
  request: { body: { required: true, content: { 'application/json': { schema: tokenBody } } } },
  responses: {
    200: { description: 'Confirmed', content: { 'application/json': { schema: verifyEmailResponse } } },
    ...declareErrorResponses(400, 413, 415),
  },
});

export const verifyEmailRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { email, joined, affiliateContextId } = await verifyEmail({
    ctx: c.var.services(),
    input: c.req.valid('json'),
  });
  const views = joined.map((j) => ({
    organizationName: j.organizationName,
    programIds: j.enrollments.map((e) => e.programId),
  }));
  return c.json(
    { email, emailVerified: true as const, affiliateContextId, ...(views.length ? { joined: views } : {}) },
    200,
  );
});
