import { createMiddleware } from 'hono/factory';
import { verifyAccessToken } from '../../domain/access-token';
import { AppError } from '../../errors/app-error';
import { loadActor } from '../../services/accounts';
import type { AppEnv } from '../types';
import { settleRequestPortal } from './request-portal';

/**
 * Requires `Authorization: Bearer <access token>` and loads the actor; 401 otherwise. A token is
 * good only on the host its session started on, so a white-label portal's session is no platform
 * session, nor the other way round. The host's portal is looked up only once the token's signature and
 * expiry hold: a request without a good token is refused without touching the database.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) throw new AppError('unauthorized', 'Sign in first: send Authorization: Bearer <access token>');
  const claims = await verifyAccessToken(token, c.var.config.JWT_SECRET, new Date());
  if (!claims) throw new AppError('unauthorized', 'The access token is invalid or has expired');
  await settleRequestPortal(c);
  if (claims.portalOrganizationId !== (c.var.portal?.organizationId ?? null))
    throw new AppError('session_scope_mismatch', 'This session belongs to another site; sign in here');
  const actor = await loadActor({ ctx: c.var.services(), input: claims });
  if (!actor) throw new AppError('unauthorized', 'The session has ended; sign in again');
  c.set('actor', actor);
  c.set('sessionId', claims.sessionId);
  await next();
});
