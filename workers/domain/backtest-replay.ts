import type { CustomerFacts } from './backtest-history';
import {
  type CommissionTerms,
  effectiveTerms,
  type TermsEnrollment,
  type TermsGroup,
  type TermsProgram,
} from './commission-terms';
import { earnLines } from './earn-lines';
import { reversalAmount } from './reversal-amount';
import { type AffiliateMetric, type RewardRule, totalsNeeded } from './reward-rules';

const DAY_MS = 86_400_000;

/** A stored lead, sale or rebill of the replayed program, with the facts its row and its lines hold. */
export interface ReplayEvent {
  id: string;
  enrollmentId: string;
  eventType: 'lead' | 'sale' | 'rebill';
  amountMinor: number;
  currency: string | null;
  occurredAt: number;
  appId: string;
  externalCustomerId: string | null;
  metadata: Record<string, unknown> | null;
  /** The conversion's status now: a rejected one (by a reviewer or a cap) earns nothing. */
  status: string;
  country: string | null;
  /** The group its stored lines were computed under, when they name one. */
  groupId: string | null;
  /** The S2S payout= its direct line declared. */
  declaredPayoutMinor: number | null;
  /** Inside the period summed; earlier events only feed the affiliate's totals. */
  inPeriod: boolean;
  /** UTC month, "2026-03". */
  month: string;
  /** When it was recorded (ms): the affiliate's totals a rule read then held only what was recorded before. */
  recordedAt: number;
  /** When it stopped counting in those totals (rejected, or reversed in full); null while it counts. */
  goneAt: number | null;
  /** What its stored lines kept, all currencies together (to tell which events change). */
  actualNetMinor: number;
}

/** A refund, or a cancellation that voided the sale, of one event, in recording order. */
export interface ReplayReversal {
  /** null: all that is left. */
  refundMinor: number | null;
  /** The sale's refunds recorded before this one. */
  refundedBeforeMinor: number;
}

export type ReplayGroup = TermsGroup & { rewardRules: unknown };

export interface ReplayWorld {
  program: TermsProgram;
  groups: Map<string, ReplayGroup>;
  /** The group an event without a known group earns under (and every event of a "what if"). */
  defaultGroupId: string;
  /** "What if" from another program's history: no enrollment overrides, every event in the default group. */
  whatIf: boolean;
  enrollments: Map<string, TermsEnrollment & { id: string; affiliateId: string; groupId: string }>;
  /** Referrers above each affiliate, nearest first (null: may not earn), three deep. */
  uplines: Map<string, (string | null)[]>;
  customers: Map<string, CustomerFacts>;
  reversals: Map<string, ReplayReversal[]>;
  /** In recording order. */
  events: ReplayEvent[];
}

export interface ReplayedLine {
  beneficiaryId: string;
  level: number;
  currency: string;
  /** What the line keeps after its reversals. */
  netMinor: number;
}

const NO_REVERSALS: ReplayReversal[] = [];

/** What a line keeps once the sale's refunds took their share (reverse-commissions.ts, cumulatively). */
export function netAfterReversals(amountMinor: number, saleMinor: number, reversals: ReplayReversal[]): number {
  let remaining = amountMinor;
  for (const r of reversals) {
    const share = Math.min(
      remaining,
      reversalAmount({
        commissionMinor: amountMinor,
        saleMinor,
        refundedBeforeMinor: r.refundedBeforeMinor,
        refundMinor: r.refundMinor,
      }),
    );
    if (share > 0) remaining -= share;
  }
  return remaining;
}

interface TotalsEntry {
  at: number;
  goneAt: number | null;
  sales: number;
  conversions: number;
  revenue_minor: number;
  commission_minor: number;
}

/** An enrollment's conversions and direct commission by time, for the rules' "affiliate totals" windows. */
class EnrollmentTotals {
  private byEnrollment = new Map<string, TotalsEntry[]>();

  add(enrollmentId: string, entry: TotalsEntry): void {
    const list = this.byEnrollment.get(enrollmentId) ?? [];
    this.byEnrollment.set(enrollmentId, list);
    // Recording order is nearly time order, so the insertion point is found from the end.
    let i = list.length;
    while (i > 0 && list[i - 1]!.at > entry.at) i--;
    list.splice(i, 0, entry);
  }

  /**
   * Sum over (before − window, before], as affiliate-totals.ts reads it, of what still counted at
   * `asOf` (neither rejected nor reversed yet when the event was recorded).
   */
  sum(enrollmentId: string, metric: AffiliateMetric, windowDays: number | null, before: number, asOf: number): number {
    const list = this.byEnrollment.get(enrollmentId);
    if (!list) return 0;
    const from = windowDays === null ? -Infinity : before - windowDays * DAY_MS;
    let total = 0;
    for (let i = upperBound(list, before) - 1; i >= 0 && list[i]!.at > from; i--) {
      const entry = list[i]!;
      if (entry.goneAt === null || entry.goneAt > asOf) total += entry[metric];
    }
    return total;
  }
}

function upperBound(list: TotalsEntry[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Replays stored events through earnLines, the step that computes live commissions, and applies
 * each sale's stored refunds to the lines as the live reversal does. Hands each event of the period
 * its lines, net of reversals, to `onEvent` (none kept: there may be hundreds of thousands).
 */
export function replay(world: ReplayWorld, onEvent: (e: ReplayEvent, lines: ReplayedLine[]) => void): void {
  const totals = new EnrollmentTotals();
  const termsMemo = new Map<string, CommissionTerms>();
  const needsTotals = [...world.groups.values()].some((g) => totalsNeeded(g.rewardRules as RewardRule[]).length > 0);
  for (const e of world.events) {
    const enrollment = world.enrollments.get(e.enrollmentId);
    if (!enrollment) continue;
    let directMinor = 0;
    const lines: ReplayedLine[] = [];
    if (e.status !== 'rejected') {
      const groupId = world.whatIf ? world.defaultGroupId : (e.groupId ?? enrollment.groupId);
      const group = world.groups.get(groupId) ?? world.groups.get(world.defaultGroupId)!;
      const customer = world.customers.get(e.id);
      const termsEnrollment = world.whatIf
        ? { ...enrollment, rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null }
        : enrollment;
      // One enrollment in one group always has the same terms: computed once, not per event.
      const termsKey = `${group.id}\u0000${enrollment.id}`;
      let terms = termsMemo.get(termsKey);
      if (!terms) {
        terms = effectiveTerms(world.program, termsEnrollment, group);
        termsMemo.set(termsKey, terms);
      }
      const earned = earnLines(
        {
          program: world.program,
          enrollment: termsEnrollment,
          group,
          conversion: {
            eventType: e.eventType,
            amountMinor: e.amountMinor,
            currency: e.currency,
            occurredAt: new Date(e.occurredAt),
            appId: e.appId,
            externalCustomerId: e.externalCustomerId,
            metadata: e.metadata,
          },
          declaredPayoutMinor: e.declaredPayoutMinor,
          earlierPaidAt: customer?.earlierPaidAt == null ? null : new Date(customer.earlierPaidAt),
          customerCancelledAt: customer?.cancelledAt == null ? null : new Date(customer.cancelledAt),
          country: e.country,
          totals: (metric, windowDays) => totals.sum(e.enrollmentId, metric, windowDays, e.occurredAt, e.recordedAt),
          upline: world.uplines.get(enrollment.affiliateId) ?? [],
        },
        { explain: false, terms },
      );
      const reversals = world.reversals.get(e.id) ?? NO_REVERSALS;
      for (const line of earned.lines) {
        const netMinor = netAfterReversals(line.amountMinor, e.amountMinor, reversals);
        if (line.level === 0 && line.currency === world.program.currency) directMinor = line.amountMinor;
        lines.push({ beneficiaryId: line.beneficiaryId, level: line.level, currency: line.currency, netMinor });
      }
    }
    if (e.inPeriod) onEvent(e, lines);
    if (needsTotals) {
      const paid = e.eventType === 'sale' || e.eventType === 'rebill';
      const none = { sales: 0, conversions: 0, revenue_minor: 0, commission_minor: 0 };
      totals.add(e.enrollmentId, {
        ...none,
        at: e.occurredAt,
        goneAt: e.goneAt,
        sales: e.eventType === 'sale' ? 1 : 0,
        conversions: e.eventType === 'rebill' ? 0 : 1,
        revenue_minor: paid && e.currency === world.program.currency ? e.amountMinor : 0,
      });
      // The live path sums direct lines by when they were written, which is when the event was recorded.
      if (directMinor !== 0)
        totals.add(e.enrollmentId, { ...none, at: e.recordedAt, goneAt: e.goneAt, commission_minor: directMinor });
    }
  }
}
