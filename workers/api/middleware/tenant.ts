import { createMiddleware } from 'hono/factory';
import type { MemberRole } from '../../../schema/enums';
import { AppError } from '../../errors/app-error';
import { isAffiliateAccount } from '../../services/access';
import { enforceTwoFactor, resolveAdvertiserTenant, resolveAffiliateTenant } from '../../services/accounts';
import type { AppEnv } from '../types';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const SUPPORT_READ_ONLY = 'Support staff have read-only access';

/**
 * Platform support is read-only on every tenant, affiliate and platform route, whatever
 * memberships or enrollments the account also holds; only its own account (/me) stays writable.
 */
export const supportReadOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (c.var.actor?.platformRole === 'support' && !READS.has(c.req.method))
    throw new AppError('forbidden', SUPPORT_READ_ONLY);
  await next();
});

/**
 * For /affiliate routes outside one advertiser's context: affiliate accounts only (see
 * isAffiliateAccount). Inside a context (/affiliate/orgs/:orgId) the enrollment that
 * affiliateTenant requires already proves it, and anyone else gets its not_found.
 */
export const affiliateAccount = createMiddleware<AppEnv>(async (c, next) => {
  if (!(await isAffiliateAccount({ ctx: c.var.services(), input: undefined })))
    throw new AppError(
      'not_affiliate',
      'This is for affiliate accounts; advertiser and platform staff have no affiliate data',
    );
  await next();
});

/** For routes under `/orgs/:orgId`: the advertiser context. Support staff may only read. */
export const advertiserTenant = createMiddleware<AppEnv>(async (c, next) => {
  const tenant = await resolveAdvertiserTenant({
    ctx: c.var.services(),
    input: { organizationId: c.req.param('orgId') ?? '' },
  });
  if (tenant.kind === 'advertiser' && tenant.role === 'support' && !READS.has(c.req.method)) {
    throw new AppError('forbidden', SUPPORT_READ_ONLY);
  }
  c.set('tenant', tenant);
  // Staff acting through their platform role answer to the platform's 2FA rule; members to their
  // organization's, when it has one. Past the grace period: 403 two_factor_required.
  if (tenant.kind === 'advertiser') {
    const rule =
      tenant.role === 'platform_staff' || tenant.role === 'support'
        ? 'platform'
        : tenant.requiresTwoFactor
          ? 'organization'
          : null;
    if (rule) await enforceTwoFactor({ ctx: c.var.services(), input: { rule } });
  }
  await next();
});

/** For routes under `/affiliate/orgs/:orgId`: the affiliate's explicit advertiser context. */
export const affiliateTenant = createMiddleware<AppEnv>(async (c, next) => {
  c.set(
    'tenant',
    await resolveAffiliateTenant({ ctx: c.var.services(), input: { organizationId: c.req.param('orgId') ?? '' } }),
  );
  await next();
});

/**
 * Allows only these member roles in the advertiser context; platform owners/admins always pass,
 * support passes reads (advertiserTenant already refused its writes).
 */
export const requireMemberRole = (...roles: MemberRole[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const tenant = c.var.tenant;
    const allowed =
      tenant?.kind === 'advertiser' &&
      (tenant.role === 'platform_staff' || tenant.role === 'support' || (roles as string[]).includes(tenant.role));
    if (!allowed) throw new AppError('forbidden', `This needs one of the roles: ${roles.join(', ')}`);
    await next();
  });

/** For /platform routes: platform owner, admin, or support (support only reads), with 2FA past the grace period. */
export const platformStaff = createMiddleware<AppEnv>(async (c, next) => {
  const role = c.var.actor?.platformRole;
  const staff =
    role === 'platform_owner' || role === 'platform_admin' || (role === 'support' && READS.has(c.req.method));
  if (!staff)
    throw new AppError(
      role === 'support' ? 'forbidden' : 'not_found',
      role === 'support' ? SUPPORT_READ_ONLY : 'Not found',
    );
  await enforceTwoFactor({ ctx: c.var.services(), input: { rule: 'platform' } });
  await next();
});
