import { describe, expect, it } from 'vitest';
import { EventDecoder, EVENT_SEPARATOR as S } from './decode-events';

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

/** Decodes rows in order with one decoder, as the backtest does while they stream in. */
const decodeEvents = (rows: string[], periodStart: number) => {
  const decoder = new EventDecoder(periodStart);
  return rows.map((r) => decoder.decode(r));
};

describe('EventDecoder: the backtest statement rows, field by field', () => {
  it('an event row becomes a replay event, its nulls as nulls and its numbers as numbers', () => {
    expect(decodeEvents([eventRow()], MARCH - 1)).toEqual([
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
        kept: 'aff-1:USD:2970',
        recordedAt: MARCH + 5_000,
        reviewedAt: null,
        reversals: [],
        attributed: true,
        earlierPaidAt: null,
        cancelledAt: null,
        goneAt: null,
      },
    ]);
  });

  it("'' is null for every nullable field; a customer id is told from none by its '=' prefix", () => {
    const row = eventRow({ 4: '', 7: '', 9: '', 10: '', 11: '150', 14: String(MARCH + 9), 15: '' });
    const [e] = decodeEvents([row], MARCH + 1);
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
    expect(decodeEvents([eventRow({ 15: '=' })], 0)[0]!.externalCustomerId).toBe('');
  });

  it('a separator inside the customer id (free text, sent last) stays in the id', () => {
    const [e] = decodeEvents([eventRow({ 15: `=a${S}b${S}c` })], 0);
    expect(e!.externalCustomerId).toBe(`a${S}b${S}c`);
    expect(e!.recordedAt).toBe(MARCH + 5_000);
  });

  it('a row out of id order is refused: a streamed row cannot be put back, and the replay needs recording order', () => {
    const later = eventRow({ 0: '019a0000-0000-7000-8000-000000000009' });
    expect(decodeEvents([eventRow(), later], 0).map((e) => e.id.slice(-1))).toEqual(['2', '9']);
    expect(() => decodeEvents([later, eventRow()], 0)).toThrow(/out of id order/);
    expect(() => decodeEvents([eventRow(), eventRow()], 0)).toThrow(/out of id order/);
  });
});
