import type { MemberRole } from '../../schema/enums';

/** The role a request acts with in an advertiser's context (see Tenant in workers/context.ts). */
export type ActingRole = MemberRole | 'platform_staff' | 'support';

/**
 * Owners manage everyone; admins manage admins and finance but can neither create nor touch an
 * owner; platform staff manage anything; finance and support manage no one.
 */
export function canManageRole(actor: ActingRole, role: MemberRole): boolean {
  if (actor === 'platform_staff' || actor === 'owner') return true;
  if (actor === 'admin') return role !== 'owner';
  return false;
}

/** An organization must keep at least one owner: the last one can be neither removed nor demoted. */
export function leavesNoOwner(owners: number, currentRole: MemberRole, nextRole: MemberRole | null): boolean {
  return currentRole === 'owner' && nextRole !== 'owner' && owners <= 1;
}
