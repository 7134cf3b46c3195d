import { and, eq } from 'drizzle-orm';
import { enrollments, memberships, organizations } from '../../../schema';
import type { Actor, ServiceCall, Tenant } from '../../context';
import { NotFoundError } from '../../errors/app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A white-label portal's session sees no other organization, whatever its memberships or platform role. */
const outsidePortal = (actor: Actor, organizationId: string) =>
  Boolean(actor.portalOrganizationId) && actor.portalOrganizationId !== organizationId.toLowerCase();

/**
 * The advertiser context of a request. Members act with their role; platform owners and admins
 * with an implied full role; support read-only. Anyone else gets not_found, exactly as for an
 * organization that does not exist, so existence never leaks across tenants.
 */
export async function resolveAdvertiserTenant({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<Tenant> {
  const actor = ctx.actor;
  if (!actor || !UUID.test(input.organizationId) || outsidePortal(actor, input.organizationId))
    throw new NotFoundError('organization');
  const [row] = await ctx.db
    .select({ id: organizations.id, role: memberships.role, requiresTwoFactor: organizations.requireTwoFactor })
    .from(organizations)
    .leftJoin(memberships, and(eq(memberships.organizationId, organizations.id), eq(memberships.userId, actor.userId)))
    .where(eq(organizations.id, input.organizationId));
  if (!row) throw new NotFoundError('organization');
  if (row.role)
    return { kind: 'advertiser', organizationId: row.id, role: row.role, requiresTwoFactor: row.requiresTwoFactor };
  if (actor.platformRole === 'platform_owner' || actor.platformRole === 'platform_admin') {
    return { kind: 'advertiser', organizationId: row.id, role: 'platform_staff' };
  }
  if (actor.platformRole === 'support') return { kind: 'advertiser', organizationId: row.id, role: 'support' };
  throw new NotFoundError('organization');
}

/**
 * The affiliate context: an affiliate works in one advertiser's context at a time, named in the
 * request, and only where it has applied to at least one of that advertiser's programs.
 */
export async function resolveAffiliateTenant({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<Tenant> {
  const actor = ctx.actor;
  if (!actor || !UUID.test(input.organizationId) || outsidePortal(actor, input.organizationId))
    throw new NotFoundError('organization');
  const [row] = await ctx.db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.organizationId, input.organizationId), eq(enrollments.affiliateId, actor.userId)))
    .limit(1);
  if (!row) throw new NotFoundError('organization');
  return { kind: 'affiliate', organizationId: input.organizationId, affiliateId: actor.userId };
}
