import { createMiddleware } from 'hono/factory';
import { loadConfig } from '../../env';
import { createLogger } from '../../logging';
import { openRequestScope } from '../../request-context';
import type { AppEnv } from '../types';

export const serviceContext = createMiddleware<AppEnv>(async (c, next) => {
  const config = loadConfig(c.env);
  const log = createLogger({ level: config.LOG_LEVEL, fields: { requestId: c.get('requestId') } });
  const scope = openRequestScope(config, log);
  c.set('config', config);
  c.set('log', log);
  c.set('services', () =>
    scope.context({
      requestId: c.get('requestId'),
      ip: c.req.header('cf-connecting-ip'),
      userAgent: c.req.header('user-agent'),
      actor: c.var.actor,
      tenant: c.var.tenant,
      portal: c.var.portal,
    }),
  );
  try {
    await next();
  } finally {
    const closing = scope.close();
    if (closing) c.executionCtx.waitUntil(closing);
  }
});
