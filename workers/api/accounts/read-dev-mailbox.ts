import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { readDevMailbox } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import { publicAccess } from '../shared/schemas';
import type { AppEnv } from '../types';
import { mailboxQuery, mailboxResponse } from './dev-schema';
import { serialize } from './serialize';

const route = createRoute({
  method: 'get',
  operationId: 'readDevMailbox',
  security: publicAccess,
  path: '/dev/mailbox',
  tags: ['development'],
  summary: 'Development only: the last 20 emails queued for an address (404 in production)',
  description:
    'Public on purpose outside production: local users and tests read verification, reset and invitation links here.',
  request: { query: mailboxQuery },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: mailboxResponse } } },
    ...declareErrorResponses(400, 404),
  },
});

export const readDevMailboxRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const emails = await readDevMailbox({ ctx: c.var.services(), input: c.req.valid('query') });
  return c.json(
    {
      emails: serialize(
        emails.map(({ id, to, subject, text, template, fromName, status, createdAt }) => ({
          id,
          to,
          subject,
          text,
          template,
          fromName,
          status,
          createdAt,
        })),
      ),
    },
    200,
  );
});
