import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { CREATIVE_IMAGE_TYPES } from '../../domain/image-type';
import { uploadMessageImage } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, rawFileBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { messageImage, threadParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'uploadThreadImage',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/images',
  tags: ['messages'],
  summary: 'Upload an image to attach to your next message in this thread (the raw file, at most 5 MB)',
  description:
    'PNG, JPEG, GIF or WebP, judged by the file’s bytes (SVG is refused). Send its key as attachmentKey. ' +
    'Private: only you, the affiliate and staff under a support grant can fetch it. 413: too large; 415: not one of those images.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadParams, body: rawFileBody(CREATIVE_IMAGE_TYPES) },
  responses: {
    201: { description: 'Stored', content: { 'application/json': { schema: messageImage } } },
    ...declareErrorResponses(400, 401, 403, 404, 413, 415),
  },
});

export const uploadThreadImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId } = c.req.valid('param');
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const image = await uploadMessageImage({ ctx: c.var.services(), input: { affiliateId, bytes } });
  return c.json({ ...image, contentType: image.contentType as 'image/png' }, 201);
});
