import { describe, expect, test } from 'vitest';
import {
  type BountyFormValues,
  bountyToForm,
  formToBountyBody,
  validateBountyForm,
} from '../../dashboard/src/features/bounties/bounty-form-values';

const filled = (change: Partial<BountyFormValues> = {}): BountyFormValues => ({
  ...bountyToForm(null, { programId: 'p1', now: new Date(2026, 5, 1, 15, 30) }),
  name: 'Review us',
  bonus: '25',
  ...change,
});

describe('bounty form', () => {
  test('a new one runs from today for 30 days, every member, no winner limit', () => {
    expect(bountyToForm(null, { programId: 'p1', now: new Date(2026, 5, 1, 15, 30) })).toMatchObject({
      programId: 'p1',
      kind: 'submission',
      startDay: '2026-06-01',
      endDay: '2026-06-30',
      scope: 'all',
      maxWinners: '',
    });
  });

  test('days become local midnights, the last day included (the end is the next midnight)', () => {
    const body = formToBountyBody(filled({ startDay: '2026-06-01', endDay: '2026-06-07' }), 'USD')!;
    expect(new Date(body.startsAt)).toEqual(new Date(2026, 5, 1));
    expect(new Date(body.endsAt)).toEqual(new Date(2026, 5, 8));
    expect(body).toMatchObject({ goal: null, bonus: { amountMinor: 2_500, currency: 'USD' }, maxWinners: null });
  });

  test.each([
    {
      label: 'sales',
      change: { kind: 'performance', metric: 'sales', target: '10' },
      goal: { metric: 'sales', target: 10 },
    },
    {
      label: 'sale amount in major units',
      change: { kind: 'performance', metric: 'sale_amount', target: '500.50' },
      goal: { metric: 'sale_amount', target: 50_050 },
    },
  ] as const)('a performance goal: $label', ({ change, goal }) =>
    expect(formToBountyBody(filled(change), 'USD')?.goal).toEqual(goal),
  );

  test('a zero-decimal currency takes whole units', () =>
    expect(formToBountyBody(filled({ bonus: '500' }), 'JPY')?.bonus).toEqual({ amountMinor: 500, currency: 'JPY' }));

  test('a tag is sent lower-cased, a group only when chosen', () => {
    expect(formToBountyBody(filled({ scope: 'tag', tag: ' VIP ', groupId: 'g1' }), 'USD')?.scope).toEqual({
      groupId: null,
      tag: 'vip',
    });
    expect(formToBountyBody(filled({ scope: 'group', groupId: 'g1', tag: 'vip' }), 'USD')?.scope).toEqual({
      groupId: 'g1',
      tag: null,
    });
  });

  test.each([
    { label: 'no name', change: { name: ' ' }, field: 'name' },
    { label: 'no bonus', change: { bonus: '' }, field: 'bonus' },
    { label: 'a zero bonus', change: { bonus: '0' }, field: 'bonus' },
    { label: 'a target of zero', change: { kind: 'performance', target: '0' }, field: 'target' },
    { label: 'half a winner', change: { maxWinners: '1.5' }, field: 'maxWinners' },
    { label: 'the end before the start', change: { startDay: '2026-06-10', endDay: '2026-06-01' }, field: 'endDay' },
    { label: 'a group scope without a group', change: { scope: 'group' }, field: 'groupId' },
    { label: 'a tag with a slash', change: { scope: 'tag', tag: 'a/b' }, field: 'tag' },
  ] as const)('refuses $label', ({ change, field }) => {
    const values = filled(change as Partial<BountyFormValues>);
    expect(Object.keys(validateBountyForm(values, 'USD'))).toEqual([field]);
    expect(formToBountyBody(values, 'USD')).toBeNull();
  });

  test('a saved bounty reads back as the days it was made from', () => {
    const body = formToBountyBody(filled({ startDay: '2026-06-01', endDay: '2026-06-07', maxWinners: '3' }), 'USD')!;
    const saved = {
      ...body,
      id: 'b1',
      programName: 'P',
      goal: null,
      maxWinners: 3,
      scope: { groupId: null, tag: null },
      winners: 0,
      pendingSubmissions: 0,
      createdAt: body.startsAt,
      updatedAt: body.startsAt,
      description: '',
    };
    expect(bountyToForm(saved, { programId: 'x', now: new Date() })).toMatchObject({
      startDay: '2026-06-01',
      endDay: '2026-06-07',
      maxWinners: '3',
      bonus: '25.00',
    });
  });
});
