import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { acceptEmbedTerms, getEmbedDashboard } from '../../services/embed';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { embedOf, embedSession } from './embed-session';
import { acceptEmbedTermsBody, embedAppParams, embedDashboard, embedDashboardView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'acceptEmbedTerms',
  path: '/embed/{appId}/terms',
  tags: ['embed'],
  summary: 'Accept the program’s terms: the user becomes an affiliate of the program (idempotent)',
  description:
    'The first acceptance in an app makes an affiliate account tied to the app’s user id; the user can later open it ' +
    'on the portal by resetting the password of that email. termsVersion must be the program’s current version and ' +
    'publishedTermsVersion its published terms’ version when it has some (409 conflict otherwise); an email that already has an account the app did not make answers 409 embed_email_taken.',
  security: [{ embedToken: [] }],
  middleware: [embedSession] as const,
  request: {
    params: embedAppParams,
    body: { required: true, content: { 'application/json': { schema: acceptEmbedTermsBody } } },
  },
  responses: {
    200: { description: 'Joined: the dashboard', content: { 'application/json': { schema: embedDashboard } } },
    ...declareErrorResponses(400, 401, 402, 403, 404, 409, 429),
  },
});

export const acceptEmbedTermsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const ctx = c.var.services();
  const body = c.req.valid('json');
  await acceptEmbedTerms({
    ctx,
    input: { session: embedOf(c), termsVersion: body.termsVersion, publishedTermsVersion: body.publishedTermsVersion },
  });
  return c.json(embedDashboardView(await getEmbedDashboard({ ctx, input: embedOf(c) }), embedOf(c).theme), 200);
});
