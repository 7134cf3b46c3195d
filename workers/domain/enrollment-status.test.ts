import { describe, expect, test } from 'vitest';
import { EnrollmentStatus } from '../../schema/enums';
import {
  applicationStatus,
  EnrollmentAction,
  isEnrollmentActive,
  nextEnrollmentStatus,
  offeredEnrollmentActions,
} from './enrollment-status';

const allowed = [
  { from: 'pending', action: 'approve', to: 'active' },
  { from: 'pending', action: 'reject', to: 'rejected' },
  { from: 'pending', action: 'terminate', to: 'terminated' },
  { from: 'active', action: 'suspend', to: 'suspended' },
  { from: 'active', action: 'terminate', to: 'terminated' },
  { from: 'suspended', action: 'reactivate', to: 'active' },
  { from: 'suspended', action: 'terminate', to: 'terminated' },
] as const;

describe('enrollment status machine', () => {
  test.each(allowed)('$action on $from → $to', ({ from, action, to }) =>
    expect(nextEnrollmentStatus(from, action)).toBe(to),
  );

  const refused = EnrollmentStatus.flatMap((from) => EnrollmentAction.map((action) => ({ from, action }))).filter(
    ({ from, action }) => !allowed.some((a) => a.from === from && a.action === action),
  );
  test.each(refused)('$action on $from is refused', ({ from, action }) =>
    expect(nextEnrollmentStatus(from, action)).toBeNull(),
  );

  test.each(['rejected', 'terminated'] as const)('%s is final', (from) => {
    expect(EnrollmentAction.map((action) => nextEnrollmentStatus(from, action))).toEqual(
      EnrollmentAction.map(() => null),
    );
  });
});

describe('the actions the dashboard offers', () => {
  test.each([
    // A pending application is approved or rejected: "Terminate" beside "Reject" said the same thing twice.
    { status: 'pending', offered: ['approve', 'reject'] },
    { status: 'active', offered: ['suspend', 'terminate'] },
    { status: 'suspended', offered: ['reactivate', 'terminate'] },
    { status: 'rejected', offered: [] },
    { status: 'terminated', offered: [] },
  ] as const)('$status: $offered', ({ status, offered }) => expect(offeredEnrollmentActions(status)).toEqual(offered));
});

describe('enrollment status predicates', () => {
  test.each(EnrollmentStatus)('%s', (status) => expect(isEnrollmentActive(status)).toBe(status === 'active'));
});

describe('an affiliate’s own application', () => {
  test.each([
    { visibility: 'public', status: 'active' },
    { visibility: 'approval', status: 'pending' },
    { visibility: 'invite_only', status: 'pending' },
  ] as const)('in a $visibility program starts $status', ({ visibility, status }) =>
    expect(applicationStatus(visibility)).toBe(status),
  );
});
