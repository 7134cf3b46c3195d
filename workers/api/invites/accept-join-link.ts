import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { acceptJoinLink } from '../../services/invites';
import { declareErrorResponses } from '../openapi-errors';
import { applyBody } from '../applications/schemas';
import { bearer, optionalJsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { joinCodeParams, joinResult } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'acceptJoinLink',
  path: '/affiliate/join-links/{code}/accept',
  tags: ['invites'],
  summary: 'Join through an invite link: enrolled as active or pending as the link says, with its overrides',
  description:
    'No platform approval needed: the advertiser invited the affiliate. A link to one program asks its form and terms ' +
    '(see application in getJoinLink): 400 application_answers_invalid, 409 terms_not_accepted as for applyToProgram. Already in every program the link reaches: 409 already_enrolled, and no use is counted. A revoked, expired or used-up link: 410 with that code.',
  security: bearer,
  request: { params: joinCodeParams, body: optionalJsonBody(applyBody) },
  responses: {
    200: { description: 'Joined', content: { 'application/json': { schema: joinResult } } },
    ...declareErrorResponses(400, 401, 403, 404, 409, 410),
  },
});

export const acceptJoinLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  // An absent optional body is not parsed, so its defaults are not filled in.
  const body = c.req.valid('json');
  const result = await acceptJoinLink({
    ctx: c.var.services(),
    input: { code: c.req.valid('param').code, answers: body.answers ?? {}, termsVersion: body.termsVersion },
  });
  return c.json(
    {
      organizationId: result.organizationId,
      organizationName: result.organizationName,
      enrollments: result.enrollments.map((e) => ({ id: e.id, programId: e.programId, status: e.status })),
    },
    200,
  );
});
