import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { sendMessage } from '../../services/messages';
import { declareErrorResponses } from '../openapi-errors';
import { bearer, errorResponses, jsonBody, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sendMessageBody, sentMessage } from './schemas';

const route = createRoute({
  method: 'post',
  operationId: 'sendMyMessage',
  path: '/affiliate/orgs/{orgId}/messages',
  tags: ['affiliate'],
  summary: 'Write to this advertiser',
  description:
    'Its owners and admins are told on the channels each chose, once until they read the thread. 429 past 30 messages in 10 minutes.',
  security: bearer,
  request: { params: orgParams, body: jsonBody(sendMessageBody) },
  responses: {
    201: { description: 'Sent', content: { 'application/json': { schema: sentMessage } } },
    ...errorResponses,
    ...declareErrorResponses(429),
  },
});

export const sendMyMessageRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await sendMessage({ ctx: c.var.services(), input: c.req.valid('json') }), 201),
);
