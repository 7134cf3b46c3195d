import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bearer, errorResponses } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sessionBoot } from './schemas';
import { sessionBoot as bootAnswer } from './session-boot';

const route = createRoute({
  method: 'get',
  operationId: 'getMySession',
  path: '/me/session',
  tags: ['me'],
  summary: 'What the dashboard needs to open a page outside an organization: profile, brand, unread counts',
  description:
    'One request instead of GET /me, /portal and /me/notifications; /orgs/{orgId}/session and /affiliate/orgs/{orgId}/session add one context.',
  security: bearer,
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: sessionBoot } } },
    ...errorResponses,
  },
});

export const getMySessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await bootAnswer(c), 200),
);
