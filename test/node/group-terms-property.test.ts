import { describe, expect, test } from 'vitest';
import { prng } from '../../dev/prng';
import { CommissionType, PayoutModel, RecurringMode } from '../../schema/enums';
import { effectiveTerms, type TermsEnrollment, type TermsProgram } from '../../workers/domain/commission-terms';
import { TERMLESS_GROUP } from '../../workers/domain/fixtures/terms-group';
import { type CommissionEvent, computeCommissions } from '../../workers/domain/compute-commissions';
import { chooseReward, type RewardRule, type RuleFacts } from '../../workers/domain/reward-rules';

const emptyGroup = TERMLESS_GROUP;

/** What a decision pays, without the calculation's explanation (which names the group when there is one). */
const paid = (d: ReturnType<typeof computeCommissions>) =>
  d.ok ? d.lines.map((l) => [l.level, l.amountMinor, l.currency, l.rateBps]) : [d.reason, d.detail];

/**
 * The migration put every enrollment into a default group that sets no term: for any program,
 * enrollment overrides and event, such a group must pay exactly what the plain terms pay.
 */
describe('a partner group without terms of its own', () => {
  test('pays exactly what the program and the enrollment pay, with or without rules that change nothing, over 20,000 seeded cases', () => {
    const rnd = prng(28);
    const maybe = <T>(value: T, p = 0.3): T | null => (rnd.next() < p ? value : null);
    const int = (max: number) => Math.floor(rnd.next() * max);
    for (let i = 0; i < 20_000; i++) {
      const recurringMode = rnd.pick(RecurringMode);
      const program: TermsProgram = {
        id: `p${i}`,
        version: 1 + int(5),
        payoutModel: rnd.pick(PayoutModel),
        commissionType: rnd.pick(CommissionType),
        commissionRateBps: int(10_001),
        commissionFixedMinor: int(10_000),
        currency: rnd.pick(['USD', 'EUR', 'JPY']),
        recurringMode,
        recurringMonths: recurringMode === 'months' ? 1 + int(24) : null,
        recurringRateBps: maybe(int(10_001)),
        multiLevelRatesBps: Array.from({ length: int(4) }, () => int(3_000)),
        holdDays: int(60),
      };
      const enrollment: TermsEnrollment = {
        rateOverrideBps: maybe(int(10_001)),
        fixedOverrideMinor: maybe(int(10_000)),
        holdDaysOverride: maybe(int(60)),
      };
      const firstSale = new Date(Date.UTC(2026, 0, 1) + int(300) * 86_400_000);
      const amountMinor = rnd.next() < 0.9 ? int(1_000_000) : 0;
      const event: CommissionEvent = {
        type: rnd.pick(['lead', 'sale', 'rebill'] as const),
        amountMinor,
        currency: amountMinor === 0 && rnd.next() < 0.5 ? null : rnd.next() < 0.9 ? program.currency : 'GBP',
        declaredPayoutMinor: maybe(int(5_000), 0.1),
        occurredAt: new Date(firstSale.getTime() + int(900) * 86_400_000),
        customerFirstSaleAt: firstSale,
        customerCancelledAt: null,
      };
      const depth = int(4);
      const plain = effectiveTerms(program, enrollment);
      const grouped = effectiveTerms(program, enrollment, emptyGroup);
      expect({ ...grouped, group: null }).toEqual(plain);
      expect(paid(computeCommissions(grouped, event, depth))).toEqual(paid(computeCommissions(plain, event, depth)));

      // Rules that never match, or one that matches everything and pays the group's own reward, change nothing.
      const facts: RuleFacts = {
        eventType: event.type,
        country: 'DE',
        appId: 'app',
        productIds: [],
        metadata: {},
        amountMinor: event.amountMinor,
        currency: event.currency,
        newCustomer: true,
        totals: () => 0,
      };
      const never: RewardRule = {
        id: 'never',
        name: 'never',
        events: ['lead', 'sale', 'rebill'],
        when: { all: [{ kind: 'country', in: ['FR'] }] },
        reward: { commissionType: 'percent', rateBps: 10_000, fixedMinor: null },
      };
      const same: RewardRule = {
        ...never,
        id: 'same',
        when: { all: [] },
        reward: { commissionType: grouped.commissionType, rateBps: grouped.rateBps, fixedMinor: grouped.fixedMinor },
      };
      for (const rules of [[never], [never, same]]) {
        const chosen = chooseReward(grouped, rules, facts, event);
        expect(paid(computeCommissions(chosen.terms, event, depth))).toEqual(
          paid(computeCommissions(plain, event, depth)),
        );
      }
    }
  });
});
