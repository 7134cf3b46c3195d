import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sessionBoot } from './schemas';
import { sessionBoot as bootAnswer } from './session-boot';

const route = createRoute({
  method: 'get',
  operationId: 'getOrgSession',
  path: '/orgs/{orgId}/session',
  tags: ['organizations'],
  summary: 'What the dashboard needs to open an organization’s page: profile, brand, the organization, unread counts',
  description:
    'One request instead of GET /me, /portal, /orgs/{orgId}, /me/notifications and /orgs/{orgId}/unread-messages, under their rules: any member, platform staff and support; unreadMessages is null for the roles that cannot read the inbox.',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: sessionBoot } } },
    ...errorResponses,
  },
});

export const getOrgSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await bootAnswer(c), 200),
);
