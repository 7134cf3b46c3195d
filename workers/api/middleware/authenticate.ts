import { createMiddleware } from 'hono/factory';
import { verifyAccessToken } from '../../domain/access-token';
import { AppError } from '../../errors/app-error';
import { loadActor } from '../../services/accounts';
import type { AppEnv } from '../types';

/**
 * Requires `Authorization: Bearer <access token>` and loads the actor; 401 otherwise. A token is
 * good only on the host its session started on (requestPortal ran first), so a white-label portal's
 * session is no platform session, nor the other way round.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) throw new AppError('unauthorized', 'Sign in first: send Authorization: Bearer <access token>');
  const claims = await verifyAccessToken(token, c.var.config.JWT_SECRET, new Date());
  if (!claims) throw new AppError('unauthorized', 'The access token is invalid or has expired');
  if (claims.portalOrganizationId !== (c.var.portal?.organizationId ?? null))
    throw new AppError('session_scope_mismatch', 'This session belongs to another site; sign in here');
  const actor = await loadActor({ ctx: c.var.services(), input: claims });
  if (!actor) throw new AppError('unauthorized', 'The session has ended; sign in again');
  c.set('actor', actor);
  c.set('sessionId', claims.sessionId);
  await next();
});
