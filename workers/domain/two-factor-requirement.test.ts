import { describe, expect, it } from 'vitest';
import { isPlatformStaff, twoFactorStanding } from './two-factor-requirement';

const now = new Date('2026-11-24T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('twoFactorStanding', () => {
  it.each([
    ['not required', { required: false, enabled: false, graceStartedAt: null }, { state: 'not_required' }],
    ['required and on', { required: true, enabled: true, graceStartedAt: daysAgo(30) }, { state: 'enabled' }],
    [
      'required, grace starts now',
      { required: true, enabled: false, graceStartedAt: null },
      { state: 'grace', dueAt: new Date('2026-12-01T12:00:00Z') },
    ],
    [
      'required, six days into grace',
      { required: true, enabled: false, graceStartedAt: daysAgo(6) },
      { state: 'grace', dueAt: new Date('2026-11-25T12:00:00Z') },
    ],
    [
      'required, grace just ended',
      { required: true, enabled: false, graceStartedAt: daysAgo(7) },
      { state: 'overdue', dueAt: now },
    ],
    [
      'required, long overdue',
      { required: true, enabled: false, graceStartedAt: daysAgo(40) },
      { state: 'overdue', dueAt: daysAgo(33) },
    ],
  ] as const)('%s', (_, input, expected) => {
    expect(twoFactorStanding({ ...input, now, graceDays: 7 })).toEqual(expected);
  });

  it('with no grace at all, is overdue at once', () => {
    expect(twoFactorStanding({ required: true, enabled: false, graceStartedAt: null, now, graceDays: 0 })).toEqual({
      state: 'overdue',
      dueAt: now,
    });
  });
});

describe('isPlatformStaff', () => {
  it.each([
    ['platform_owner', true],
    ['platform_admin', true],
    ['support', true],
    ['none', false],
  ] as const)('%s → %s', (role, staff) => {
    expect(isPlatformStaff(role)).toBe(staff);
  });
});
