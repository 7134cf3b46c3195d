import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { PostbackEventType } from '../../../schema/enums';
import { fireTestPostback } from '../../services/postbacks';
import { postbackUrlTemplate } from '../accounts/me-schema';
import { bearer, errorResponses, optionalJsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';

const body = z
  .object({
    template: postbackUrlTemplate.optional().describe('Try this template instead of the saved one'),
    eventType: z.enum(PostbackEventType).default('sale').describe('Fills {status}'),
  })
  .strict()
  .openapi('TestPostbackRequest');

const result = z
  .object({
    url: z.string().describe('The URL requested, with sample values'),
    ok: z.boolean().describe('The tracker answered 2xx'),
    statusCode: z.number().int().nullable(),
    latencyMs: z.number().int(),
    error: z.string().nullable(),
  })
  .openapi('TestPostbackResult');

const route = createRoute({
  method: 'post',
  operationId: 'testPostback',
  path: '/affiliate/postbacks/test',
  tags: ['affiliate', 'postbacks'],
  summary: 'Fire your postback once now with sample values (not logged, not retried)',
  security: bearer,
  request: { body: optionalJsonBody(body) },
  responses: {
    200: { description: 'What your tracker answered', content: { 'application/json': { schema: result } } },
    ...errorResponses,
  },
});

export const testPostbackRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  // Without a body the validator is skipped, so the default is applied here too.
  const input: Partial<z.infer<typeof body>> = c.req.valid('json') ?? {};
  const outcome = await fireTestPostback({
    ctx: c.var.services(),
    input: { template: input.template, eventType: input.eventType ?? 'sale' },
  });
  return c.json(
    {
      url: outcome.url,
      ok: outcome.ok,
      statusCode: outcome.statusCode,
      latencyMs: outcome.latencyMs,
      error: outcome.error,
    },
    200,
  );
});
