/** The parts of the profile (GET /me) the rule reads; structural, so node tests import this file alone. */
interface Account {
  twoFactorRequirement: {
    platform: boolean;
    organizations: { organizationId: string }[];
    state: 'not_required' | 'enabled' | 'grace' | 'overdue';
  };
  memberships: { organizationId: string }[];
}

/**
 * Whether the page at `pathname` is closed to the account because a required 2FA is overdue, as
 * the API would answer 403 two_factor_required there: the platform console and organizations
 * reached through a platform role (platform rule), a requiring organization's console
 * (organization rule), and "/", which would only send the person on to one of them.
 */
export function lockedByTwoFactor(me: Account, pathname: string): boolean {
  const requirement = me.twoFactorRequirement;
  if (requirement.state !== 'overdue') return false;
  if (pathname === '/') return true;
  const orgId = /^\/orgs\/([^/]+)/.exec(pathname)?.[1];
  if (requirement.platform) {
    if (pathname === '/platform' || pathname.startsWith('/platform/')) return true;
    if (orgId && !me.memberships.some((m) => m.organizationId === orgId)) return true;
  }
  return Boolean(orgId && requirement.organizations.some((o) => o.organizationId === orgId));
}
