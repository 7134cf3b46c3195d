import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getUpload } from '../../services/portal';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';

const route = createRoute({
  method: 'get',
  operationId: 'getUpload',
  security: publicAccess,
  path: '/uploads/{key}',
  tags: ['portal'],
  summary:
    'An uploaded file (a white-label logo or favicon, a banner image); public, cached for a year (each upload has its own key)',
  request: {
    params: z.object({ key: z.string().regex(/^[a-z]+-[0-9a-f-]{36}-[a-z]+-[0-9a-f-]{36}\.[a-z]{2,4}$/) }),
  },
  responses: {
    200: { description: 'The file', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...declareErrorResponses(400, 404),
  },
});

export const getUploadRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const file = await getUpload({ ctx: c.var.services(), input: c.req.valid('param') });
  return new Response(file.body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // Images only: nothing in them may run or load anything, even opened directly.
      'content-security-policy': "default-src 'none'; sandbox",
      'cross-origin-resource-policy': 'cross-origin',
    },
  });
});
