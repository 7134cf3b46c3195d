import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CREATIVE_IMAGE_TYPES } from '../../domain/image-type';
import { uploadCreativeImage } from '../../services/creatives';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, orgParams, rawFileBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { creativeImage } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'uploadCreativeImage',
  path: '/orgs/{orgId}/creative-images',
  tags: ['creatives'],
  summary: 'Upload a banner image (the raw file as the body, at most 2 MB); attach it with imageKey',
  description:
    'PNG, JPEG, GIF or WebP, judged by the file’s own bytes (SVG is refused). The answer’s key goes into a ' +
    'banner’s imageKey; the creative then shows the served URL, and deleting it deletes the file. ' +
    '413: too large; 415: not one of those images.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: {
    params: orgParams,
    body: rawFileBody(CREATIVE_IMAGE_TYPES),
  },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: creativeImage } } },
    ...declareErrorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const uploadCreativeImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return c.json(await uploadCreativeImage({ ctx: c.var.services(), input: { bytes } }), 201);
});
