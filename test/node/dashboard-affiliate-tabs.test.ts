import { expect, test } from 'vitest';
import { defaultAffiliateTab } from '../../dashboard/src/features/enrollments/affiliate-tabs';

const counts = (values: Partial<Record<'pending' | 'active' | 'suspended' | 'rejected' | 'terminated', number>>) => ({
  pending: 0,
  active: 0,
  suspended: 0,
  rejected: 0,
  terminated: 0,
  ...values,
});

test.each([
  [undefined, 'pending'],
  [counts({}), 'pending'],
  [counts({ pending: 2, active: 40 }), 'pending'],
  // The last wave's case: nobody waiting, people enrolled.
  [counts({ active: 40, terminated: 3 }), 'active'],
  [counts({ suspended: 1, rejected: 4 }), 'suspended'],
  [counts({ terminated: 1 }), 'terminated'],
] as const)('counts %o open %s', (given, tab) => expect(defaultAffiliateTab(given)).toBe(tab));
