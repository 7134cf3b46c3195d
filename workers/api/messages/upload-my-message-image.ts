import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CREATIVE_IMAGE_TYPES } from '../../domain/image-type';
import { uploadMessageImage } from '../../services/messages';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, orgParams, rawFileBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { messageImage } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'uploadMyMessageImage',
  path: '/affiliate/orgs/{orgId}/message-images',
  tags: ['affiliate'],
  summary: 'Upload an image to attach to your next message to this advertiser (the raw file, at most 5 MB)',
  description:
    'PNG, JPEG, GIF or WebP, judged by the file’s bytes (SVG is refused). Send its key as attachmentKey. 413: too large; 415: not one of those images.',
  security: bearer,
  request: { params: orgParams, body: rawFileBody(CREATIVE_IMAGE_TYPES) },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: messageImage } } },
    ...declareErrorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const uploadMyMessageImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const image = await uploadMessageImage({ ctx: c.var.services(), input: { bytes } });
  return c.json({ ...image, contentType: image.contentType as 'image/png' }, 201);
});
