import { describe, expect, it } from 'vitest';
import { organizationChangeAction } from './organization-change-action';

const base = {
  name: 'Acme',
  branding: { primaryColor: '#123456', portalName: 'Acme Partners' },
  payoutFourEyes: false,
};

describe('organizationChangeAction', () => {
  it.each([
    [
      'a brand save',
      { ...base, branding: { ...base.branding, primaryColor: '#654321' } },
      'organization.brand_updated',
    ],
    ['a brand cleared', { ...base, branding: {} }, 'organization.brand_updated'],
    ['a rename', { ...base, name: 'Acme Inc' }, 'organization.updated'],
    ['the payout rule', { ...base, payoutFourEyes: true }, 'organization.updated'],
    ['a name and a brand together', { ...base, name: 'X', branding: {} }, 'organization.updated'],
    ['nothing changed', { ...base, branding: { ...base.branding } }, 'organization.updated'],
  ] as const)('%s', (_, after, action) => expect(organizationChangeAction(base, after)).toBe(action));
});
