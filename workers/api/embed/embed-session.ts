import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors/app-error';
import { type EmbedSession, openEmbedToken } from '../../services/embed';
import { limitInbound } from '../../services/inbound';
import type { AppEnv } from '../types';

/** The session embedSession set; a route without it is a wiring defect, answered like a bad token. */
export function embedOf(c: Context<AppEnv>): EmbedSession {
  const session = c.var.embed;
  if (!session) throw new AppError('embed_token_invalid', 'Send Authorization: Bearer <embed token>');
  return session;
}

/**
 * Requires `Authorization: Bearer ae_embed_…` issued to the app in the path. No cookie is read or set:
 * the page holds the token in memory, so a platform session in the same browser plays no part.
 */
export const embedSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) throw new AppError('embed_token_invalid', 'Send Authorization: Bearer <embed token>');
  const ctx = c.var.services();
  const session = await openEmbedToken({ ctx, input: { token, appId: c.req.param('appId') ?? '' } });
  await limitInbound({ ctx, input: { path: 'embed', tokenId: session.tokenId } });
  c.set('embed', session);
  await next();
});
