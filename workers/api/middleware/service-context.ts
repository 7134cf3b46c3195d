import { createMiddleware } from 'hono/factory';
import { openDb, type DbHandle } from '../../db/client';
import { loadConfig } from '../../env';
import type { AppEnv } from '../types';

export const serviceContext = createMiddleware<AppEnv>(async (c, next) => {
  const config = loadConfig(c.env);
  let handle: DbHandle | undefined;
  c.set('config', config);
  c.set('services', () => {
    handle ??= openDb(config);
    return { db: handle.db, config, now: new Date(), requestId: c.get('requestId') };
  });
  try {
    await next();
  } finally {
    if (handle) c.executionCtx.waitUntil(handle.close());
  }
});
