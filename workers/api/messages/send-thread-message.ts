import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sendMessage } from '../../services/messages';
import { requireMemberRole } from '../middleware/tenant';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, jsonBody } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sendMessageBody, sentMessage, threadParams } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'sendThreadMessage',
  path: '/orgs/{orgId}/message-threads/{affiliateId}/messages',
  tags: ['messages'],
  summary: 'Write to one of your affiliates (the thread starts with the first message)',
  description:
    'Shown with your name. The affiliate is told on the channels it chose, once until it reads the thread. ' +
    'Owner or admin. 429 past 30 messages in 10 minutes.',
  security: bearer,
  middleware: [requireMemberRole('owner', 'admin')] as const,
  request: { params: threadParams, body: jsonBody(sendMessageBody) },
  responses: {
    201: { description: 'Sent', content: { 'application/json': { schema: sentMessage } } },
    ...errorResponses,
    ...declareErrorResponses(429),
  },
});

export const sendThreadMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { affiliateId } = c.req.valid('param');
  return c.json(await sendMessage({ ctx: c.var.services(), input: { affiliateId, ...c.req.valid('json') } }), 201);
});
