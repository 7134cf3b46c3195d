import type { Context } from 'hono';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

/** The user behind the access token; authenticate (app.ts) has run on every /me route. */
export function signedIn(c: Context<AppEnv>): { userId: string; sessionId: string | undefined } {
  const actor = c.var.actor;
  if (!actor) throw new AppError('unauthorized', 'Sign in first');
  return { userId: actor.userId, sessionId: c.var.sessionId };
}
