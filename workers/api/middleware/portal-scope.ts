import { createMiddleware } from 'hono/factory';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

// The platform's own surfaces: a portal session answers as if they did not exist. Recruitment links
// lead to the platform's sign-up, so they are the platform's too.
const NOT_ON_A_PORTAL = [/^\/api\/platform(\/|$)/, /^\/api\/affiliate\/recruit/];

/**
 * A session started on an advertiser's white-label portal acts in that organization only. Here, by
 * path: the platform console and recruitment (404, as for anyone not entitled to them) and making
 * new organizations. Other organizations' contexts answer 404 in resolveAdvertiserTenant and
 * resolveAffiliateTenant; lists across advertisers keep to the portal's in their services.
 */
export const portalScope = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.actor?.portalOrganizationId) {
    if (NOT_ON_A_PORTAL.some((path) => path.test(c.req.path))) throw new AppError('not_found', 'Not found');
    if (c.req.method === 'POST' && c.req.path === '/api/orgs')
      throw new AppError('forbidden', 'Organizations are created on the platform’s own site, not on a portal');
  }
  await next();
});
