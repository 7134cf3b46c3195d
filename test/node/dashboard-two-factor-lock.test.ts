import { describe, expect, it } from 'vitest';
import { lockedByTwoFactor } from '../../dashboard/src/lib/access/two-factor-lock';

const ACME = '01900000-0000-7000-8000-000000000a0e';
const OTHER = '01900000-0000-7000-8000-000000000b0b';

const me = (
  state: 'not_required' | 'enabled' | 'grace' | 'overdue',
  rule: { platform?: boolean; orgs?: string[] },
  memberOf: string[] = [],
) => ({
  twoFactorRequirement: {
    platform: rule.platform ?? false,
    organizations: (rule.orgs ?? []).map((organizationId) => ({ organizationId, name: 'Org' })),
    state,
    dueAt: null,
  },
  memberships: memberOf.map((organizationId) => ({ organizationId, name: 'Org', role: 'owner' as const })),
});

describe('lockedByTwoFactor', () => {
  it.each([
    ['grace: nothing is locked', me('grace', { platform: true }), '/platform/users', false],
    ['overdue staff: the console', me('overdue', { platform: true }), '/platform', true],
    ['overdue staff: a console page', me('overdue', { platform: true }), '/platform/audit-log', true],
    ['overdue staff: a tenant through the role', me('overdue', { platform: true }), `/orgs/${ACME}/programs`, true],
    ['overdue staff: their own organization', me('overdue', { platform: true }, [ACME]), `/orgs/${ACME}`, false],
    ['overdue staff: "/" leads to setup', me('overdue', { platform: true }), '/', true],
    ['overdue: account pages stay open', me('overdue', { platform: true }), '/account/security', false],
    [
      'overdue member: the requiring organization',
      me('overdue', { orgs: [ACME] }, [ACME, OTHER]),
      `/orgs/${ACME}/finance`,
      true,
    ],
    ['overdue member: another organization', me('overdue', { orgs: [ACME] }, [ACME, OTHER]), `/orgs/${OTHER}`, false],
    ['overdue member: affiliate pages', me('overdue', { orgs: [ACME] }, [ACME]), '/affiliate', false],
    ['enabled: nothing', me('enabled', { platform: true }), '/platform', false],
  ])('%s', (_, account, pathname, locked) => {
    expect(lockedByTwoFactor(account, pathname)).toBe(locked);
  });
});
