import type { components } from '../api/schema.gen';

export type TenantRole = components['schemas']['Organization']['role'];

/** What the signed-in user may do in one organization; pages show or hide actions from these flags. */
export type OrgAccess = {
  role: TenantRole;
  /** Apps, programs, affiliates, conversions, team and settings (owner, admin, platform owners and admins). */
  canManage: boolean;
  /** Payout batches: propose, approve, send (owner, finance, platform owners and admins). */
  canPay: boolean;
  /** Reports, balances and payouts are readable (everyone but a plain admin sees payouts; the API decides). */
  canReadMoney: boolean;
  /** Platform support staff: every page reads, nothing changes (the API refuses their writes too). */
  readOnly: boolean;
};

/**
 * Mirrors the API's role checks (requireMemberRole and the support read-only rule), so a page never offers a
 * button whose request would be refused.
 */
export function orgAccess(role: TenantRole): OrgAccess {
  const staff = role === 'platform_staff';
  return {
    role,
    canManage: staff || role === 'owner' || role === 'admin',
    canPay: staff || role === 'owner' || role === 'finance',
    canReadMoney: staff || role === 'support' || role === 'owner' || role === 'finance',
    readOnly: role === 'support',
  };
}
