import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { getMessageImage } from '../../services/messages';
import { declareErrorResponses } from '../openapi-errors';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { imageResponse, myImageParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyMessageImage',
  path: '/affiliate/orgs/{orgId}/messages/{messageId}/image',
  tags: ['affiliate'],
  summary: 'The image attached to a message of your thread with this advertiser',
  security: bearer,
  request: { params: myImageParams },
  responses: {
    200: { description: 'The image', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const getMyMessageImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  imageResponse(await getMessageImage({ ctx: c.var.services(), input: { messageId: c.req.valid('param').messageId } })),
);
