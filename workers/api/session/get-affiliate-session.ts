import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bearer, errorResponses, orgParams } from '../shared/schemas';
import type { AppEnv } from '../types';
import { sessionBoot } from './schemas';
import { sessionBoot as bootAnswer } from './session-boot';

const route = createRoute({
  method: 'get',
  operationId: 'getAffiliateSession',
  path: '/affiliate/orgs/{orgId}/session',
  tags: ['affiliate'],
  summary: 'What the dashboard needs to open a page with one advertiser: profile, brand, unread counts',
  description:
    'One request instead of GET /me, /portal, /me/notifications and /affiliate/orgs/{orgId}/unread-messages, for an affiliate enrolled with this advertiser; organization is null (the advertisers are in profile.affiliateContexts).',
  security: bearer,
  request: { params: orgParams },
  responses: {
    200: { description: 'The session', content: { 'application/json': { schema: sessionBoot } } },
    ...errorResponses,
  },
});

export const getAffiliateSessionRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) =>
  c.json(await bootAnswer(c), 200),
);
