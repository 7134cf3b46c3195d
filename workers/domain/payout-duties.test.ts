import { describe, expect, test } from 'vitest';
import {
  actionState,
  approvalRefusal,
  type BatchDutyInput,
  eligibleForNextStep,
  nextStep,
  sendRefusal,
  strictRuleSatisfiable,
} from './payout-duties';

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
    { label: 'strict: a third person sends', strict: true, proposerId: P, sender: S, expected: null },
    { label: 'strict: the proposer', strict: true, proposerId: P, sender: P, expected: 'sender_is_proposer' },
    { label: 'strict: the approver', strict: true, proposerId: P, sender: A, expected: 'sender_is_approver' },
    {
      label: 'strict, cron batch: the approver',
      strict: true,
      proposerId: null,
      sender: A,
      expected: 'sender_is_approver',
    },
    { label: 'strict, cron batch: someone else', strict: true, proposerId: null, sender: S, expected: null },
    { label: 'default: the proposer may send', strict: false, proposerId: P, sender: P, expected: null },
    {
      label: 'default: the approver may send (a team of two)',
      strict: false,
      proposerId: P,
      sender: A,
      expected: null,
    },
    { label: 'default: a third person may send', strict: false, proposerId: P, sender: S, expected: null },
  ])('$label', ({ strict, proposerId, sender, expected }) =>
    expect(sendRefusal({ proposerId, approverId: A }, sender, strict)).toBe(expected),
  );
});

test.each([
  { members: 1, ok: false },
  { members: 2, ok: false },
  { members: 3, ok: true },
  { members: 5, ok: true },
])('strictRuleSatisfiable($members) = $ok', ({ members, ok }) => expect(strictRuleSatisfiable(members)).toBe(ok));

test.each([
  { status: 'proposed', items: 2, step: 'approve' },
  { status: 'proposed', items: 0, step: 'none' },
  { status: 'approved', items: 2, step: 'send' },
  { status: 'sending', items: 2, step: 'wait_for_paypal' },
  { status: 'sent', items: 2, step: 'wait_for_paypal' },
  { status: 'completed', items: 2, step: 'none' },
  { status: 'failed', items: 2, step: 'none' },
  { status: 'canceled', items: 2, step: 'none' },
] as const)('nextStep($status, $items) = $step', ({ status, items, step }) =>
  expect(nextStep(status, items)).toBe(step),
);

const batch = (over: Partial<BatchDutyInput>): BatchDutyInput => ({
  status: 'proposed',
  itemCount: 1,
  proposerId: P,
  approverId: null,
  strict: false,
  payoutsConfigured: true,
  ...over,
});
const member = (userId: string) => ({ userId, mayPay: true, readOnly: false });

describe('actionState: what the batch page offers a person, and why not', () => {
  test.each([
    {
      label: 'the proposer is not offered approve',
      b: {},
      who: member(P),
      action: 'approve',
      reason: 'approver_is_proposer',
    },
    { label: 'a colleague approves', b: {}, who: member(A), action: 'approve', reason: null },
    { label: 'anyone approves a cron batch', b: { proposerId: null }, who: member(P), action: 'approve', reason: null },
    {
      label: 'an empty batch is not approved',
      b: { itemCount: 0 },
      who: member(A),
      action: 'approve',
      reason: 'empty',
    },
    { label: 'approve needs proposed', b: { status: 'approved' }, who: member(A), action: 'approve', reason: 'status' },
    {
      label: 'default: the approver sends',
      b: { status: 'approved', approverId: A },
      who: member(A),
      action: 'send',
      reason: null,
    },
    {
      label: 'strict: the approver does not send',
      b: { status: 'approved', approverId: A, strict: true },
      who: member(A),
      action: 'send',
      reason: 'sender_is_approver',
    },
    {
      label: 'strict: the proposer does not send',
      b: { status: 'approved', approverId: A, strict: true },
      who: member(P),
      action: 'send',
      reason: 'sender_is_proposer',
    },
    {
      label: 'strict: a third person sends',
      b: { status: 'approved', approverId: A, strict: true },
      who: member(S),
      action: 'send',
      reason: null,
    },
    {
      label: 'no PayPal account: nobody sends',
      b: { status: 'approved', approverId: A, payoutsConfigured: false },
      who: member(A),
      action: 'send',
      reason: 'not_configured',
    },
    { label: 'send needs approved', b: { status: 'sent' }, who: member(S), action: 'send', reason: 'status' },
    { label: 'the proposer may cancel', b: {}, who: member(P), action: 'cancel', reason: null },
    {
      label: 'a sent batch is not canceled',
      b: { status: 'sent' },
      who: member(P),
      action: 'cancel',
      reason: 'status',
    },
    { label: 'exclude while proposed', b: {}, who: member(P), action: 'exclude', reason: null },
    {
      label: 'exclude no more once approved',
      b: { status: 'approved' },
      who: member(P),
      action: 'exclude',
      reason: 'status',
    },
    {
      label: 'support reads only',
      b: {},
      who: { userId: S, mayPay: true, readOnly: true },
      action: 'approve',
      reason: 'read_only',
    },
    {
      label: 'an admin has no payout role',
      b: {},
      who: { userId: S, mayPay: false, readOnly: false },
      action: 'cancel',
      reason: 'role',
    },
  ] as const)('$label', ({ b, who, action, reason }) => {
    const state = actionState(action, batch(b), who);
    expect(state).toEqual({ action, allowed: reason === null, reason });
  });
});

describe('eligibleForNextStep', () => {
  const team = [{ userId: P }, { userId: A }, { userId: S }];
  test.each([
    { label: 'approve: everyone but the proposer', b: {}, expected: [A, S] },
    { label: 'approve a cron batch: everyone', b: { proposerId: null }, expected: [P, A, S] },
    { label: 'send: everyone', b: { status: 'approved', approverId: A }, expected: [P, A, S] },
    { label: 'strict send: the third person', b: { status: 'approved', approverId: A, strict: true }, expected: [S] },
    { label: 'sent: nobody (PayPal works)', b: { status: 'sent', approverId: A }, expected: [] },
  ] as const)('$label', ({ b, expected }) =>
    expect(eligibleForNextStep(batch(b), team).map((m) => m.userId)).toEqual(expected),
  );
});
