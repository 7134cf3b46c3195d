import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getMessageImage } from '../../services/messages';
import { declareErrorResponses } from '../openapi-errors';
import { bearer } from '../shared/schemas';
import type { AppEnv } from '../types';
import { imageHeaders, imageResponse, imageResponses, myImageParams } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getMyMessageImage',
  path: '/affiliate/orgs/{orgId}/messages/{messageId}/image',
  tags: ['affiliate'],
  summary: 'The image attached to a message of your thread with this advertiser',
  security: bearer,
  request: { params: myImageParams, headers: imageHeaders },
  responses: {
    ...imageResponses,
    ...declareErrorResponses(400, 401, 403, 404),
  },
});

export const getMyMessageImageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  imageResponse(
    await getMessageImage({
      ctx: c.var.services(),
      input: {
        messageId: c.req.valid('param').messageId,
        ifNoneMatch: c.req.valid('header')['if-none-match'],
      },
    }),
  ),
);
