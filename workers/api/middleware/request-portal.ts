import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { resolvePortal } from '../../services/portal';
import type { AppEnv } from '../types';

/**
 * Which white-label portal the request's host is, once per request: sessions started there are
 * confined to that advertiser, and emails sent from there carry its brand. Our own host
 * (APP_BASE_URL) needs no lookup.
 */
export async function settleRequestPortal(c: Context<AppEnv>): Promise<void> {
  if (c.var.portal !== undefined) return;
  const url = new URL(c.req.url);
  const own = new URL(c.var.config.APP_BASE_URL).host === url.host;
  const brand = own ? null : await resolvePortal({ ctx: c.var.services(), input: { host: url.host } });
  c.set('portal', brand ? { organizationId: brand.organizationId, name: brand.name, origin: url.origin } : null);
}

/** The public routes that depend on the host; signed-in routes settle it in authenticate, after the token. */
export const requestPortal = createMiddleware<AppEnv>(async (c, next) => {
  await settleRequestPortal(c);
  await next();
});
