import { createMiddleware } from 'hono/factory';
import { openDb, type DbHandle } from '../../db/client';
import { parseIpAddress } from '../../contracts/ip-address';
import { loadConfig } from '../../env';
import type { AppEnv } from '../types';

export const serviceContext = createMiddleware<AppEnv>(async (c, next) => {
  const config = loadConfig(c.env);
  let handle: DbHandle | undefined;
  c.set('config', config);
  c.set('services', () => {
    handle ??= openDb(config);
    // Validated: it lands in inet columns (audit log, login history), and locally anyone can send it.
    const origin = {
      ip: parseIpAddress(c.req.header('cf-connecting-ip')),
      userAgent: c.req.header('user-agent') ?? null,
      requestId: c.get('requestId'),
    };
    return {
      db: handle.db,
      config,
      now: new Date(),
      requestId: c.get('requestId'),
      actor: c.var.actor,
      tenant: c.var.tenant,
      origin,
    };
  });
  try {
    await next();
  } finally {
    if (handle) c.executionCtx.waitUntil(handle.close());
  }
});
