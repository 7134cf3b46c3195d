import type { Context } from 'hono';
import { AppError } from '../../errors/app-error';
import { authenticateAppKey } from '../../services/apps';
import type { AppEnv } from '../types';

/** The partner app behind `Authorization: Bearer <app API key>`, as the conversions API authenticates it. */
export async function appOfKey(c: Context<AppEnv>) {
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!key) throw new AppError('unauthorized', 'Send Authorization: Bearer <app API key>');
  return authenticateAppKey({ ctx: c.var.services(), input: { key } });
}
