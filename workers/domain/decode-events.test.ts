import { describe, expect, it } from 'vitest';
import { decodeEvents, EVENT_SEPARATOR as S } from './decode-events';

const MARCH = Date.UTC(2026, 2, 15, 12);
/** An event row in the statement's field order (load-backtest-facts.ts). */
const eventRow = (over: Partial<Record<number, string>> = {}) => {
  const fields = [
    '019a0000-0000-7000-8000-000000000002', // id
    'enr-1',
    'sale',
    '9900',
    'USD',
    String(MARCH),
    'app-1',
    '{"plan":"pro"}', // metadata
    'approved',
    'DE',
    'grp-1',
    '', // declared payout: none
    'aff-1:USD:2970', // kept lines: the event's net
    String(MARCH + 5_000),
    '', // reviewed: never
    '=cus-7', // customer id
  ];
  for (const [i, v] of Object.entries(over)) fields[Number(i)] = v!;
  return fields.join(S);
};

describe('decodeEvents: the backtest statement rows, field by field', () => {
  it('an event row becomes a replay event, its nulls as nulls and its numbers as numbers', () => {
    expect(decodeEvents([eventRow()], MARCH - 1).events).toEqual([
      {
        id: '019a0000-0000-7000-8000-000000000002',
        enrollmentId: 'enr-1',
        eventType: 'sale',
        amountMinor: 9900,
        currency: 'USD',
        occurredAt: MARCH,
        appId: 'app-1',
        externalCustomerId: 'cus-7',
        metadata: { plan: 'pro' },
        status: 'approved',
        country: 'DE',
        groupId: 'grp-1',
        declaredPayoutMinor: null,
        inPeriod: true,
        month: '2026-03',
        actualNetMinor: 2970,
        recordedAt: MARCH + 5_000,
        reviewedAt: null,
        attributed: true,
        earlierPaidAt: null,
        cancelledAt: null,
        goneAt: null,
      },
    ]);
  });

  it("'' is null for every nullable field; a customer id is told from none by its '=' prefix", () => {
    const row = eventRow({ 4: '', 7: '', 9: '', 10: '', 11: '150', 14: String(MARCH + 9), 15: '' });
    const [e] = decodeEvents([row], MARCH + 1).events;
    expect(e).toMatchObject({
      currency: null,
      metadata: null,
      country: null,
      groupId: null,
      declaredPayoutMinor: 150,
      reviewedAt: MARCH + 9,
      externalCustomerId: null,
      inPeriod: false,
    });
    expect(decodeEvents([eventRow({ 15: '=' })], 0).events[0]!.externalCustomerId).toBe('');
  });

  it('a separator inside the customer id (free text, sent last) stays in the id', () => {
    const [e] = decodeEvents([eventRow({ 15: `=a${S}b${S}c` })], 0).events;
    expect(e!.externalCustomerId).toBe(`a${S}b${S}c`);
    expect(e!.recordedAt).toBe(MARCH + 5_000);
  });

  it('events out of id order are put in order', () => {
    const later = eventRow({ 0: '019a0000-0000-7000-8000-000000000009' });
    expect(decodeEvents([later, eventRow()], 0).events.map((e) => e.id.slice(-1))).toEqual(['2', '9']);
  });

  it("the period's kept lines are summed per beneficiary, month and currency, every line once", () => {
    const APRIL = Date.UTC(2026, 3, 2);
    const rows = [
      // A sale with its direct line and an upline's, and one whose direct line went to another affiliate.
      eventRow({ 12: 'aff-1:USD:2970,aff-up:USD:297' }),
      eventRow({ 0: '019a0000-0000-7000-8000-000000000003', 12: 'aff-1:USD:-500,aff-1:EUR:100' }),
      eventRow({ 0: '019a0000-0000-7000-8000-000000000004', 5: String(APRIL), 12: 'aff-1:USD:1000' }),
      // Outside the period the statement sends no lines: nothing is added.
      eventRow({ 0: '019a0000-0000-7000-8000-000000000005', 12: '' }),
    ];
    const { actual } = decodeEvents(rows, 0);
    const key = (a: { beneficiaryId: string; month: string; currency: string }) =>
      `${a.beneficiaryId} ${a.month} ${a.currency}`;
    expect(actual.map((a) => `${key(a)} ${a.minor}`).sort()).toEqual([
      'aff-1 2026-03 EUR 100',
      'aff-1 2026-03 USD 2470',
      'aff-1 2026-04 USD 1000',
      'aff-up 2026-03 USD 297',
    ]);
  });
});
