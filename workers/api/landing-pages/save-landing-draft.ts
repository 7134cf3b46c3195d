import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { saveLandingDraft } from '../../services/landing-pages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editorParams, editorQuery, landingDraftBody, landingPageResult, landingPageView } from './schemas';

const route = createRoute({
  method: 'put',
  operationId: 'saveLandingDraft',
  path: '/orgs/{orgId}/programs/{programId}/landing-page',
  tags: ['landing-pages'],
  summary: 'Save the page’s blocks as its draft; visitors keep seeing the published version until it is published',
  description: 'Owners and admins. Uploaded images must be this organization’s (uploadCreativeImage).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editorParams, query: editorQuery, body: jsonBody(landingDraftBody) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: landingPageView } } },
    ...errorResponses,
  },
});

export const saveLandingDraftRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const state = await saveLandingDraft({
    ctx: c.var.services(),
    input: {
      programId: c.req.valid('param').programId,
      groupId: c.req.valid('query').groupId,
      document: c.req.valid('json').document,
    },
  });
  return c.json(landingPageResult(state), 200);
});
