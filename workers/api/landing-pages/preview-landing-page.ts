import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { previewProgramPage } from '../../services/landing-pages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { pageCsp } from './html-page';
import { pageRequest } from './page-request';
import { renderProgramPage } from './render-program-page';
import { editorParams, htmlResponse, landingDraftBody, previewQuery } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'previewLandingPage',
  path: '/orgs/{orgId}/programs/{programId}/landing-page/preview',
  tags: ['landing-pages'],
  summary: 'The page as it would look with these blocks, rendered by the public page’s own renderer, as HTML',
  description:
    'For the editor’s live preview (shown in a sandboxed frame): nothing is saved, any status of the program ' +
    'previews. Owners and admins.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: editorParams, query: previewQuery, body: jsonBody(landingDraftBody) },
  responses: { 200: htmlResponse('The page'), ...errorResponses },
});

export const previewLandingPageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const query = c.req.valid('query');
  const page = await previewProgramPage({
    ctx: c.var.services(),
    input: {
      programId: c.req.valid('param').programId,
      groupId: query.groupId,
      document: c.req.valid('json').document,
    },
  });
  const req = pageRequest(new URL(c.req.url).origin, { lang: query.lang }, page.terms.currency, page.blocks);
  // Never cached: it is the editor's unsaved work.
  return c.html(renderProgramPage(page, { ...req, preview: true }), 200, {
    'cache-control': 'no-store',
    'content-security-policy': pageCsp(page.uploadsBaseUrl),
  });
});
