import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMessageImage } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { imageHeaders, imageResponse, imageResponses, threadImageParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getThreadImage',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}/image',
  tags: ['messages'],
  summary: 'The image attached to a message of your thread with the affiliate',
  description: 'Owner or admin; platform staff only under a running support-access grant (audited).',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadImageParams, headers: imageHeaders },
  responses: {
    ...imageResponses,
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const getThreadImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  imageResponse(
    await getMessageImage({
      ctx: c.var.services(),
      input: { ...c.req.valid('param'), ifNoneMatch: c.req.valid('header')['if-none-match'] },
    }),
  ),
);
