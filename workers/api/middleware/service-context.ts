import { createMiddleware } from 'hono/factory';
import { appendRateLimitFields, type ServiceLimit } from '../../domain/rate-limit-fields';
import { loadConfig } from '../../env';
import { createLogger } from '../../logging';
import { openRequestScope } from '../../request-context';
import type { AppEnv } from '../types';

export const serviceContext = createMiddleware<AppEnv>(async (c, next) => {
  const config = loadConfig(c.env);
  const log = createLogger({ level: config.LOG_LEVEL, fields: { requestId: c.get('requestId') } });
  const scope = openRequestScope(config, log);
  const limits: ServiceLimit[] = [];
  const reportRateLimit = (limit: ServiceLimit) => limits.push(limit);
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
      reportRateLimit,
    }),
  );
  try {
    await next();
    // Every limit the request spent, beside any the error handler wrote for the one that refused it.
    for (const limit of limits) appendRateLimitFields(c.res.headers, limit);
  } finally {
    const closing = scope.close();
    if (closing) c.executionCtx.waitUntil(closing);
  }
});
