import { createMiddleware } from 'hono/factory';
import { openDb, type DbHandle } from '../../db/client';
import { parseIpAddress } from '../../domain/safe-url';
import { loadConfig } from '../../env';
import { createLogger } from '../../logging';
import type { AppEnv } from '../types';

export const serviceContext = createMiddleware<AppEnv>(async (c, next) => {
  const config = loadConfig(c.env);
  const log = createLogger({ level: config.LOG_LEVEL, fields: { requestId: c.get('requestId') } });
  let handle: DbHandle | undefined;
  c.set('config', config);
  c.set('log', log);
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
      log,
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
