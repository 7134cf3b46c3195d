import type { ServiceContext } from '../../context';
import type { ActingRole } from '../../domain/member-roles';
import { AppError, NotFoundError } from '../../errors/app-error';

/**
 * The advertiser an advertiser-side verb works in, and the role it acts with (set by the
 * advertiserTenant middleware). Routes under /orgs/:orgId always have one; a verb called without it
 * is a wiring defect, answered like an unknown tenant.
 */
export function actingAdvertiser(ctx: ServiceContext): { organizationId: string; role: ActingRole } {
  if (ctx.tenant?.kind !== 'advertiser') throw new NotFoundError('organization');
  return { organizationId: ctx.tenant.organizationId, role: ctx.tenant.role };
}

/** Whether the tenant acts through a platform role (staff, support) rather than a membership. */
export const isStaffTenant = (ctx: ServiceContext) =>
  ctx.tenant?.kind === 'advertiser' && (ctx.tenant.role === 'platform_staff' || ctx.tenant.role === 'support');

/** The affiliate and the one advertiser context it works in (routes under /affiliate/orgs/:orgId). */
export function affiliateScope(ctx: ServiceContext): { organizationId: string; affiliateId: string } {
  if (ctx.tenant?.kind !== 'affiliate') throw new NotFoundError('organization');
  return { organizationId: ctx.tenant.organizationId, affiliateId: ctx.tenant.affiliateId };
}

/** The signed-in user; routes behind authenticate always have one. */
export function actorId(ctx: ServiceContext): string {
  if (!ctx.actor) throw new AppError('unauthorized', 'Sign in first');
  return ctx.actor.userId;
}

/** The organization a white-label portal's session is confined to; undefined for a platform session. */
export function portalScope(ctx: ServiceContext): string | undefined {
  return ctx.actor?.portalOrganizationId ?? undefined;
}

/** On a white-label portal its advertiser goes by the portal's name ("Your programs with <brand>"). */
export function namedByBrand<T extends { name: string }>(
  ctx: ServiceContext,
  rows: T[],
  orgIdOf: (row: T) => string,
): T[] {
  const portal = ctx.portal;
  return portal ? rows.map((r) => (orgIdOf(r) === portal.organizationId ? { ...r, name: portal.name } : r)) : rows;
}
