import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { publishProgramTerms } from '../../services/applications';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { programParams, publishTermsBody, terms, termsView } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'publishProgramTerms',
  path: '/orgs/{orgId}/programs/{programId}/application/terms',
  tags: ['programs'],
  summary: "Publish the program's terms as a new version, which applications must accept from now on",
  description:
    'The same text as the current version publishes nothing and answers the current version. Enrollments keep the version they accepted. Owners and admins; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: programParams, body: jsonBody(publishTermsBody) },
  responses: {
    200: { description: 'The current version', content: { 'application/json': { schema: terms } } },
    ...errorResponses,
  },
});

export const publishProgramTermsRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const body = c.req.valid('json');
  const current = await publishProgramTerms({
    ctx: c.var.services(),
    input: { programId: c.req.valid('param').programId, bodyEn: body.bodyEn, bodyRu: body.bodyRu ?? null },
  });
  return c.json(termsView(current), 200);
});
