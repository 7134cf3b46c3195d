import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { publishLandingPage } from '../../services/landing-pages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editorParams, editorQuery, landingPageResult, landingPageView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'publishLandingPage',
  path: '/orgs/{orgId}/programs/{programId}/landing-page/publish',
  tags: ['landing-pages'],
  summary: 'Publish the saved draft: visitors of the page see it from now on',
  description:
    'Owners and admins; audited. Publishing what is already live changes nothing. 409 landing_page_no_draft: nothing saved yet.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editorParams, query: editorQuery },
  responses: {
    200: { description: 'Published', content: { 'application/json': { schema: landingPageView } } },
    ...errorResponses,
  },
});

export const publishLandingPageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const state = await publishLandingPage({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, groupId: c.req.valid('query').groupId },
  });
  return c.json(landingPageResult(state), 200);
});
