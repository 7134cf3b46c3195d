import { describe, expect, test } from 'vitest';
import { approvalRefusal, sendRefusal } from './payout-duties';

const P = 'proposer';
const A = 'approver';
const S = 'sender';

describe('approvalRefusal: the proposer never approves, whatever the setting', () => {
  test.each([
    { label: 'the proposer', proposerId: P, approver: P, expected: 'approver_is_proposer' },
    { label: 'someone else', proposerId: P, approver: A, expected: null },
    { label: 'a batch the cron proposed', proposerId: null, approver: A, expected: null },
  ])('$label', ({ proposerId, approver, expected }) =>
    expect(approvalRefusal({ proposerId, approverId: null }, approver)).toBe(expected),
  );
});

describe('sendRefusal', () => {
  test.each([
    { label: 'four eyes: a third person sends', fourEyes: true, proposerId: P, sender: S, expected: null },
    { label: 'four eyes: the proposer', fourEyes: true, proposerId: P, sender: P, expected: 'sender_is_proposer' },
    { label: 'four eyes: the approver', fourEyes: true, proposerId: P, sender: A, expected: 'sender_is_approver' },
    {
      label: 'four eyes, cron batch: the approver',
      fourEyes: true,
      proposerId: null,
      sender: A,
      expected: 'sender_is_approver',
    },
    { label: 'four eyes, cron batch: someone else', fourEyes: true, proposerId: null, sender: S, expected: null },
    { label: 'off: the proposer may send', fourEyes: false, proposerId: P, sender: P, expected: null },
    { label: 'off: the approver may send', fourEyes: false, proposerId: P, sender: A, expected: null },
    { label: 'off: a third person may send', fourEyes: false, proposerId: P, sender: S, expected: null },
  ])('$label', ({ fourEyes, proposerId, sender, expected }) =>
    expect(sendRefusal({ proposerId, approverId: A }, sender, fourEyes)).toBe(expected),
  );
});
