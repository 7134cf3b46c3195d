import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { applyToProgram } from '../../services/enrollments';
import { applyBody } from '../applications/schemas';
import { bearer, errorResponses, optionalJsonBody, planLimitResponse } from '../shared/schemas';
import type { AppEnv } from '../types';
import { application, applicationView, applyParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'applyToProgram',
  path: '/affiliate/programs/{programId}/apply',
  tags: ['affiliate'],
  summary: 'Join a program from the marketplace, with the answers to its form and its terms accepted',
  description:
    'Needs an approved affiliate account (403 otherwise). Read the form and terms with getProgramApplication first: ' +
    'answers that do not fit the form are 400 application_answers_invalid (details.issues per question); a program ' +
    'with terms needs termsVersion equal to its current version, else 409 terms_not_accepted (details.currentVersion). ' +
    'An application by approval that meets one of the program’s auto-approval rules is active at once. ' +
    'Applying twice is 409 with the existing enrollment id in details.',
  security: bearer,
  request: { params: applyParams, body: optionalJsonBody(applyBody) },
  responses: {
    201: {
      description: 'Your enrollment with its ref code and coupon code',
      content: { 'application/json': { schema: application } },
    },
    ...errorResponses,
    ...planLimitResponse,
  },
});

export const applyToProgramRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  // An absent optional body is not parsed, so its defaults are not filled in.
  const body = c.req.valid('json');
  // Cloudflare's geo of the applying request; a request without it (tests, local) has no country.
  const country = c.req.raw.cf?.country;
  const enrollment = await applyToProgram({
    ctx: c.var.services(),
    input: {
      programId: c.req.valid('param').programId,
      answers: body.answers ?? {},
      termsVersion: body.termsVersion,
      country: typeof country === 'string' ? country : null,
    },
  });
  return c.json(applicationView(enrollment), 201);
});
