import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { editMessage } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { editMessageBody, threadMessageParams } from './schemas';

const route = createRoute({
  method: 'patch',
  operationId: 'editThreadMessage',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/messages/{messageId}',
  tags: ['messages'],
  summary: 'Change the text of a message you wrote, within 15 minutes of sending it',
  description:
    'The message shows as edited. Only its author: 403 forbidden for the affiliate’s or another member’s; ' +
    '409 message_not_editable after 15 minutes or once deleted. Owner or admin; audited.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadMessageParams, body: jsonBody(editMessageBody) },
  responses: { 204: { description: 'Edited' }, ...errorResponses },
});

export const editThreadMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId, messageId } = c.req.valid('param');
  await editMessage({ ctx: c.var.services(), input: { affiliateId, messageId, ...c.req.valid('json') } });
  return c.body(null, 204);
});
