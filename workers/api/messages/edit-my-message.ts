import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { editMessage } from '../../services/messages';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editMessageBody, myMessageParams } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'editMyMessage',
  path: '/affiliate/orgs/{orgId}/messages/{messageId}',
  tags: ['affiliate'],
  summary: 'Change the text of a message you wrote to this advertiser, within 15 minutes of sending it',
  description:
    'The message shows as edited. 403 forbidden for the advertiser’s messages; 409 message_not_editable after ' +
    '15 minutes or once deleted.',
  security: bearer,
  request: { params: myMessageParams, body: jsonBody(editMessageBody) },
  responses: { 204: { description: 'Edited' }, ...errorResponses },
});

export const editMyMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { messageId } = c.req.valid('param');
  await editMessage({ ctx: c.var.services(), input: { messageId, ...c.req.valid('json') } });
  return c.body(null, 204);
});
