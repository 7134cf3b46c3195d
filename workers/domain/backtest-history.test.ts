import { describe, expect, it } from 'vitest';
import { byId } from './by-id';
import {
  type CustomerEvent,
  CustomerHistories,
  CustomerHistory,
  type CustomerHistoryEvent as Event,
} from './backtest-history';
import { netAfterReversals } from './backtest-replay';

const DAY = 86_400_000;
let n = 0;
/** Ids sort in recording order, as UUIDv7 ids do. */
const ev = (e: Partial<CustomerEvent> & Pick<CustomerEvent, 'eventType' | 'occurredAt'>): Event => {
  n++;
  return {
    id: `id-${String(n).padStart(4, '0')}`,
    amountMinor: e.eventType === 'cancel' || e.eventType === 'lead' ? 0 : 1_000,
    recordedAt: n * 1_000,
    attributed: true,
    status: 'pending',
    reviewedAt: null,
    earlierPaidAt: null,
    cancelledAt: null,
    ...e,
  };
};
/** One customer's whole list through CustomerHistory, in recording (id) order whatever order it is given in. */
const wholeHistory = (events: Event[]) => {
  const history = new CustomerHistory();
  for (const e of [...events].sort(byId)) history.add(e);
};
/** The facts CustomerHistory wrote onto each lead, sale and rebill, by id. */
const customerFacts = (events: Event[]) => {
  wholeHistory(events);
  return new Map(
    events
      .filter((e) => e.eventType !== 'cancel')
      .map((e) => [e.id, { earlierPaidAt: e.earlierPaidAt, cancelledAt: e.cancelledAt }] as const),
  );
};

describe('CustomerHistory: each event sees the customer as it stood when the event was recorded', () => {
  it('the first paid payment recorded before, not after', () => {
    const sale = ev({ eventType: 'sale', occurredAt: 10 * DAY });
    const rebill = ev({ eventType: 'rebill', occurredAt: 40 * DAY });
    const facts = customerFacts([rebill, sale]);
    expect(facts.get(sale.id)).toEqual({ earlierPaidAt: null, cancelledAt: null });
    expect(facts.get(rebill.id)).toEqual({ earlierPaidAt: 10 * DAY, cancelledAt: null });
  });

  it('a sale rejected by a reviewer after a rebill was settled still counted for that rebill; a cap rejection never did', () => {
    const sale = ev({ eventType: 'sale', occurredAt: DAY, status: 'rejected' });
    const rebill = ev({ eventType: 'rebill', occurredAt: 31 * DAY });
    sale.reviewedAt = rebill.recordedAt + 1;
    expect(customerFacts([sale, rebill]).get(rebill.id)?.earlierPaidAt).toBe(DAY);
    sale.reviewedAt = null;
    expect(customerFacts([sale, rebill]).get(rebill.id)?.earlierPaidAt).toBeNull();
  });

  it('unattributed or free payments are no first payment', () => {
    const free = ev({ eventType: 'sale', occurredAt: DAY, amountMinor: 0 });
    const stray = ev({ eventType: 'sale', occurredAt: 2 * DAY, attributed: false });
    const rebill = ev({ eventType: 'rebill', occurredAt: 31 * DAY });
    expect(customerFacts([free, stray, rebill]).get(rebill.id)?.earlierPaidAt).toBeNull();
  });

  it('a cancellation ends later rebills until a new sale at or after it reopens them', () => {
    const sale = ev({ eventType: 'sale', occurredAt: DAY });
    const cancel = ev({ eventType: 'cancel', occurredAt: 20 * DAY });
    const rebill = ev({ eventType: 'rebill', occurredAt: 31 * DAY });
    const again = ev({ eventType: 'sale', occurredAt: 50 * DAY });
    const next = ev({ eventType: 'rebill', occurredAt: 80 * DAY });
    const facts = customerFacts([sale, cancel, rebill, again, next]);
    expect(facts.get(rebill.id)?.cancelledAt).toBe(20 * DAY);
    expect(facts.get(again.id)?.cancelledAt).toBeNull();
    expect(facts.get(next.id)?.cancelledAt).toBeNull();
  });

  it('a cancellation delivered after a later sale was recorded ends nothing (endRecurring)', () => {
    const sale = ev({ eventType: 'sale', occurredAt: 50 * DAY });
    const late = ev({ eventType: 'cancel', occurredAt: 20 * DAY });
    const rebill = ev({ eventType: 'rebill', occurredAt: 80 * DAY });
    expect(customerFacts([sale, late, rebill]).get(rebill.id)?.cancelledAt).toBeNull();
  });
});

describe('CustomerHistory keeps two numbers for the payments never rejected: the same facts as walking every payment', () => {
  /** The rule as written: every earlier sale and paid payment, each counted unless rejected by then. */
  const walkEvery = (events: Event[]) => {
    const seen: { sale: boolean; paid: boolean; occurredAt: number; rejectedFrom: number | null }[] = [];
    const counts = (c: (typeof seen)[number], at: number) => c.rejectedFrom === null || c.rejectedFrom > at;
    let cancelledAt: number | null = null;
    const facts = new Map<string, { earlierPaidAt: number | null; cancelledAt: number | null }>();
    for (const e of [...events].sort(byId)) {
      if (e.eventType === 'cancel') {
        const laterSale = seen.some((c) => c.sale && c.occurredAt > e.occurredAt && counts(c, e.recordedAt));
        if (!laterSale && (cancelledAt === null || cancelledAt < e.occurredAt)) cancelledAt = e.occurredAt;
        continue;
      }
      if (e.eventType === 'sale' && cancelledAt !== null && cancelledAt <= e.occurredAt) cancelledAt = null;
      const paidBefore = seen.filter((c) => c.paid && counts(c, e.recordedAt)).map((c) => c.occurredAt);
      facts.set(e.id, { earlierPaidAt: paidBefore.length > 0 ? Math.min(...paidBefore) : null, cancelledAt });
      const sale = e.eventType === 'sale';
      const paid = (sale || e.eventType === 'rebill') && e.amountMinor > 0 && e.attributed;
      if (sale || paid)
        seen.push({
          sale,
          paid,
          occurredAt: e.occurredAt,
          rejectedFrom: e.status !== 'rejected' ? null : (e.reviewedAt ?? Number.NEGATIVE_INFINITY),
        });
    }
    return facts;
  };

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'seed %i: 40 events of one customer, a third rejected',
    (seed) => {
      let x = seed;
      const next = () => {
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
        return x / 2_147_483_648;
      };
      const types = ['lead', 'sale', 'sale', 'rebill', 'rebill', 'cancel'] as const;
      const events = Array.from({ length: 40 }, () => {
        const e = ev({
          eventType: types[Math.floor(next() * types.length)]!,
          occurredAt: Math.floor(next() * 120) * DAY,
          attributed: next() > 0.15,
          status: next() > 0.66 ? 'rejected' : 'approved',
        });
        if (next() < 0.1) e.amountMinor = 0;
        if (e.status === 'rejected' && next() > 0.4) e.reviewedAt = e.recordedAt + Math.floor(next() * 30) * 1_000;
        return e;
      });
      expect(customerFacts(events)).toEqual(walkEvery(events));
    },
  );
});

describe('CustomerHistories: the same facts, worked out as the replayed events stream in', () => {
  /** A seeded generator, so a failure names its case. */
  const random = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const TYPES = ['lead', 'sale', 'rebill', 'cancel'] as const;

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: two customers of two apps, other events given whole, replayed ones in order, match each whole history',
    (seed) => {
      const next = random(seed);
      const keys = [
        ['app-1', 'cus-1'],
        ['app-1', 'cus-2'],
        ['app-2', 'cus-1'],
      ] as const;
      const events = Array.from({ length: 60 }, () => {
        const [appId, customerId] = keys[Math.floor(next() * keys.length)]!;
        const e = ev({
          eventType: TYPES[Math.floor(next() * TYPES.length)]!,
          occurredAt: Math.floor(next() * 200) * DAY,
          attributed: next() > 0.2,
          status: next() > 0.8 ? 'rejected' : 'pending',
        });
        if (e.status === 'rejected' && next() > 0.5) e.reviewedAt = e.recordedAt + Math.floor(next() * 20_000);
        return {
          ...e,
          appId,
          externalCustomerId: customerId as string,
          replayed: e.eventType !== 'cancel' && next() > 0.4,
        };
      });
      const whole = new Map<string, Event[]>();
      for (const e of events) {
        const key = `${e.appId} ${e.externalCustomerId}`;
        whole.set(key, [...(whole.get(key) ?? []), { ...e }]);
      }
      const expected = new Map<string, Event>();
      for (const list of whole.values()) {
        wholeHistory(list);
        for (const e of list) expected.set(e.id, e);
      }
      const histories = new CustomerHistories();
      // The other events come shuffled, as the loader's query returns them.
      for (const e of events.filter((x) => !x.replayed).sort(() => next() - 0.5))
        histories.addOther(e.appId, e.externalCustomerId, e);
      histories.sortOthers();
      const replayed = events.filter((x) => x.replayed);
      for (const e of replayed) histories.addReplayed(e);
      expect(replayed.length).toBeGreaterThan(10);
      for (const e of replayed) {
        const want = expected.get(e.id)!;
        expect({ id: e.id, earlierPaidAt: e.earlierPaidAt, cancelledAt: e.cancelledAt }).toEqual({
          id: e.id,
          earlierPaidAt: want.earlierPaidAt,
          cancelledAt: want.cancelledAt,
        });
      }
    },
  );

  it('an event without a customer id gets no facts and touches no history', () => {
    const histories = new CustomerHistories();
    const e = { ...ev({ eventType: 'rebill', occurredAt: DAY }), appId: 'app-1', externalCustomerId: null };
    histories.addReplayed(e);
    expect({ earlierPaidAt: e.earlierPaidAt, cancelledAt: e.cancelledAt }).toEqual({
      earlierPaidAt: null,
      cancelledAt: null,
    });
  });
});

describe('netAfterReversals: what a line keeps after the sale refunds, as reverse-commissions.ts books them', () => {
  it.each([
    { line: 1_000, sale: 3_000, refunds: [], kept: 1_000 },
    { line: 1_000, sale: 3_000, refunds: [{ refundMinor: 1_000, refundedBeforeMinor: 0 }], kept: 667 },
    {
      line: 1_000,
      sale: 3_000,
      refunds: [
        { refundMinor: 1_000, refundedBeforeMinor: 0 },
        { refundMinor: 1_000, refundedBeforeMinor: 1_000 },
        { refundMinor: 1_000, refundedBeforeMinor: 2_000 },
      ],
      kept: 0,
    },
    { line: 1_000, sale: 3_000, refunds: [{ refundMinor: null, refundedBeforeMinor: 0 }], kept: 0 },
    { line: 1_000, sale: 3_000, refunds: [{ refundMinor: 9_000, refundedBeforeMinor: 0 }], kept: 0 },
    { line: 500, sale: 0, refunds: [{ refundMinor: 100, refundedBeforeMinor: 0 }], kept: 0 },
  ])('$line of a $sale sale after $refunds.length reversal(s) keeps $kept', ({ line, sale, refunds, kept }) => {
    expect(
      netAfterReversals(
        line,
        sale,
        refunds.map((r, i) => ({ ...r, recordedAt: i, occurredAt: i })),
      ),
    ).toBe(kept);
  });
});
