import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { deleteAccount } from '../../services/accounts';
import { declareErrorResponses } from '../openapi-errors';
import type { AppEnv } from '../types';
import { deleteAccountBody, deleteAccountResponse } from './deletion-schema';
import { clearRefreshCookie } from './refresh-cookie';
import { refreshCookieHeader } from './set-cookie-header';
import { signedIn } from './signed-in';

const route = createRoute({
  method: 'post',
  operationId: 'deleteAccount',
  path: '/me/delete',
  tags: ['me'],
  summary:
    'Delete this account: needs the password (and a code with 2FA); sessions end, personal data is erased, financial records stay under a pseudonymous id',
  description:
    '409 last_owner, payout_in_progress, unpaid_balance or platform_staff_account when something blocks it; error.details.blockers lists everything (as GET /me/deletion). An unpaid balance can be given up with forfeit: true.',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: deleteAccountBody } } } },
  responses: {
    200: {
      description: 'Deleted; every session has ended',
      headers: refreshCookieHeader('Clears the browser session cookie: ae_refresh=; Max-Age=0'),
      content: { 'application/json': { schema: deleteAccountResponse } },
    },
    ...declareErrorResponses(400, 401, 409, 413, 415, 429),
  },
});

export const deleteAccountRoute = new OpenAPIHono<AppEnv>().openapi(route, async (c) => {
  const { forfeited } = await deleteAccount({
    ctx: c.var.services(),
    input: { userId: signedIn(c).userId, ...c.req.valid('json') },
  });
  clearRefreshCookie(c);
  return c.json({ deleted: true as const, forfeited }, 200);
});
