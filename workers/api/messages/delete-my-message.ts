import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteMessage } from '../../services/messages';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { myMessageParams } from './schemas';

const route = createRoute({
  method: 'delete',
  operationId: 'deleteMyMessage',
  path: '/affiliate/orgs/{orgId}/messages/{messageId}',
  tags: ['affiliate'],
  summary: 'Delete a message you wrote to this advertiser',
  description:
    'At any time. Its text and image go; the thread keeps its place as "message deleted". 403 forbidden for ' +
    'the advertiser’s messages. Deleting again changes nothing.',
  security: bearer,
  request: { params: myMessageParams },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

export const deleteMyMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  await deleteMessage({ ctx: c.var.services(), input: { messageId: c.req.valid('param').messageId } });
  return c.body(null, 204);
});
