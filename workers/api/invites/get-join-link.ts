import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { getJoinLink } from '../../services/invites';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { joinCodeParams, joinLink, joinLinkView } from './schemas';

const route = createRoute({
  method: 'get',
  operationId: 'getJoinLink',
  security: publicAccess,
  path: '/join-links/{code}',
  tags: ['invites'],
  summary: 'What an invite link offers (organization, programs, terms) and whether it can be used; public',
  request: { params: joinCodeParams },
  responses: {
    200: { description: 'The link', content: { 'application/json': { schema: joinLink } } },
    ...declareErrorResponses(400, 404),
  },
});

export const getJoinLinkRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const view = await getJoinLink({ ctx: c.var.services(), input: c.req.valid('param') });
  return c.json(joinLinkView(view), 200);
});
