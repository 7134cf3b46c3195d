import {
  type CommissionTerms,
  effectiveTerms,
  type TermsEnrollment,
  type TermsGroup,
  type TermsProgram,
} from './commission-terms';
import { ReplaySpend } from './backtest-spend';
import { EnrollmentTotals } from './backtest-totals';
import { midnightsBetween, type ReplayMove, ReplayWorkflows } from './backtest-workflows';
import { earnLines } from './earn-lines';
import { reversalAmount } from './reversal-amount';
import { type AffiliateMetric, type RewardRule, totalsNeeded } from './reward-rules';
import type { SpendLimit } from './spend-limits';
import type { WorkflowTrigger } from './workflow-evaluation';

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
  /**
   * What its stored lines kept after their adjustments, as "beneficiary:currency:minor", comma-separated;
   * '' outside the period (BacktestSums.addKept sums them).
   */
  kept: string;
  /** When a reviewer decided (ms); null if none did (a cap's rejection happens as it is recorded). */
  reviewedAt: number | null;
  /** Its refunds and voiding cancellations, in recording order (NO_REVERSALS: none). */
  reversals: readonly ReplayReversal[];
  /** A replayed event is attributed: it serves as its customer's history as it is (backtest-history.ts). */
  attributed: true;
  /** Its customer's first paid payment recorded before it (ms), as CustomerHistory worked it out. */
  earlierPaidAt: number | null;
  /** Its customer's cancellation in force when it was recorded (ms), as CustomerHistory worked it out. */
  cancelledAt: number | null;
}

/** A refund, or a cancellation that voided the sale, of one event, in recording order. */
export interface ReplayReversal {
  /** null: all that is left. */
  refundMinor: number | null;
  /** The sale's refunds recorded before this one. */
  refundedBeforeMinor: number;
  /** When it was recorded (ms): a later event's spend limits and totals see its share only from then. */
  recordedAt: number;
  /** When the refund occurred (ms): the affiliate's commission totals date its adjustment by it. */
  occurredAt: number;
}

/** Rules and limits as stored (validated by the API's zod schemas when they were written). */
export type ReplayGroup = TermsGroup & { rewardRules: unknown; spendLimits: unknown };

/** An enrollment as the replay needs it: its overrides, its affiliate, its group now and since when it is a member. */
export type ReplayEnrollment = TermsEnrollment & {
  id: string;
  affiliateId: string;
  groupId: string;
  /** When it joined (ms): the way down waits for a whole window of membership. */
  joinedAt: number;
  /** Whether its workflows are evaluated (the live path skips inactive enrollments); as it stands now. */
  active: boolean;
};

/** The program's workflows over the replay. */
export interface ReplayWorkflowSet {
  /** The program's workflows (saved or proposed), oldest first as the live path orders them. */
  triggers: WorkflowTrigger[];
  /** Crossings stored before the history starts (ReplayWorkflows.key): they fired already. */
  crossedBefore: string[];
  /**
   * Whether the replayed moves decide the group later events earn under (proposed workflows). Else
   * each event keeps the group its stored line names, which already holds the moves that happened.
   */
  applyMoves: boolean;
  /** The group each member was in when the history starts, where a stored move since tells otherwise. */
  startGroups: Map<string, string>;
  /** The end of the replay (ms): the sweeps run up to it. */
  until: number;
}

export interface ReplayWorld {
  program: TermsProgram;
  groups: Map<string, ReplayGroup>;
  /** The group an event without a known group earns under (and every event of a "what if"). */
  defaultGroupId: string;
  /** "What if" from another program's history: no enrollment overrides, every event in the default group. */
  whatIf: boolean;
  enrollments: Map<string, ReplayEnrollment>;
  /** Referrers above each affiliate, nearest first (null: may not earn), three deep. */
  uplines: Map<string, (string | null)[]>;
  workflows: ReplayWorkflowSet;
  /** Where the summed period starts (ms): moves before it shape the replay but are not reported. */
  periodFrom: number;
}

/** What a replay hands back besides each event's lines. */
export interface ReplayListener {
  onEvent: (e: ReplayEvent, lines: ReplayedLine[]) => void;
  /** A group change the workflows made inside the period. */
  onMove?: (move: ReplayMove, affiliateId: string) => void;
}

export interface ReplayedLine {
  beneficiaryId: string;
  level: number;
  currency: string;
  /** What the line keeps after its reversals. */
  netMinor: number;
}

/** The reversals of an event that has none (one shared list rather than one per event). */
export const NO_REVERSALS: readonly ReplayReversal[] = Object.freeze([]);

/** Each share the sale's refunds take of a line, with when it was recorded and when the refund occurred (reverse-commissions.ts, cumulatively). */
export function reversalShares(
  amountMinor: number,
  saleMinor: number,
  reversals: readonly ReplayReversal[],
): { at: number; occurredAt: number; minor: number }[] {
  let remaining = amountMinor;
  const shares: { at: number; occurredAt: number; minor: number }[] = [];
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
    if (share > 0) {
      remaining -= share;
      shares.push({ at: r.recordedAt, occurredAt: r.occurredAt, minor: share });
    }
  }
  return shares;
}

/** What a line keeps once the sale's refunds took their share. */
export function netAfterReversals(
  amountMinor: number,
  saleMinor: number,
  reversals: readonly ReplayReversal[],
): number {
  // Most sales have no refund: nothing to walk through.
  if (reversals.length === 0) return amountMinor;
  return reversalShares(amountMinor, saleMinor, reversals).reduce((left, s) => left - s.minor, amountMinor);
}

/** A reviewer's rejection came after the event was recorded: its lines counted until then (limits, totals). A cap's never earned. */
function earnedOnceRecorded(e: ReplayEvent): boolean {
  return e.status !== 'rejected' || (e.goneAt !== null && e.goneAt > e.recordedAt);
}

/** What the replay keeps per enrollment, found with one lookup per event. */
interface Member {
  enrollment: ReplayEnrollment;
  /** As earnLines takes it (a what-if's without overrides), made once. */
  termsEnrollment: ReplayEnrollment;
  upline: (string | null)[];
  /** The group it is in as the replay goes: the replayed moves, and each event's stored group unless moves decide. */
  current: string | null;
  /** Its terms in each group it earned under. */
  terms: Map<ReplayGroup, CommissionTerms>;
}

/**
 * Replays stored events through earnLines, the step that computes live commissions, cuts each direct
 * line by its group's spend limits as the live earn step does (domain/spend-limits.ts, over the
 * replayed lines), applies each sale's stored refunds as the live reversal does, and runs the
 * program's workflows after each event and at each midnight (domain/backtest-workflows.ts). Hands
 * each event of the period its lines, net of reversals, to `onEvent` (none kept: there may be
 * hundreds of thousands), and each group change inside the period to `onMove`. Events are stepped in
 * one at a time, in recording order, so the backtest replays them while the statement still streams
 * them in; `finish` runs the sweeps to the end.
 */
export class Replay {
  private readonly totals = new EnrollmentTotals();
  private readonly spend = new ReplaySpend();
  private readonly flows: ReplayWorkflows;
  private readonly needsTotals: boolean;
  /** Once any group has limits, every direct line is kept: a member moved into it brings its period's earnings. */
  private readonly needsSpend: boolean;
  private readonly applyMoves: boolean;
  /** Each enrollment's state, found with one lookup per event. */
  private readonly members = new Map<string, Member>();
  /** The group the last event named and its terms' group: events of a program name few groups. */
  private lastGroupId: string | null = null;
  private lastGroup: ReplayGroup | null = null;
  /** Up to when the midnight sweeps ran; null until the first event. */
  private swept: number | null = null;
  /** The event being replayed, read by the one totals reader handed to every earnLines call (rather than a closure made per event). */
  private e!: ReplayEvent;
  /** Its enrollment's id: the replay's own string, whose hash is worked out once (the row's is new each time). */
  private enrollmentId = '';
  private readonly totalsBefore = (metric: AffiliateMetric, windowDays: number | null) =>
    this.totals.sum(this.enrollmentId, metric, windowDays, this.e.occurredAt, this.e.recordedAt);

  constructor(
    private readonly world: ReplayWorld,
    private readonly listener: ReplayListener,
  ) {
    this.flows = new ReplayWorkflows(world.workflows.triggers, world.workflows.crossedBefore);
    const groupList = [...world.groups.values()];
    this.needsTotals =
      this.flows.active || groupList.some((g) => totalsNeeded(g.rewardRules as RewardRule[]).length > 0);
    this.needsSpend = groupList.some((g) => ((g.spendLimits as SpendLimit[] | null) ?? []).length > 0);
    this.applyMoves = world.whatIf || world.workflows.applyMoves;
    for (const enrollment of world.enrollments.values())
      this.members.set(enrollment.id, {
        enrollment,
        // A what-if replays another program's history: no enrollment override applies.
        termsEnrollment: world.whatIf
          ? { ...enrollment, rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null }
          : enrollment,
        upline: world.uplines.get(enrollment.affiliateId) ?? [],
        current: null,
        terms: new Map(),
      });
  }

  private startGroup(enrollment: ReplayEnrollment, stored: string | null): string {
    return this.world.whatIf
      ? this.world.defaultGroupId
      : (this.world.workflows.startGroups.get(enrollment.id) ?? stored ?? enrollment.groupId);
  }

  private evaluate(m: Member, now: number): void {
    const enrollment = m.enrollment;
    if (!enrollment.active) return;
    const groupId = m.current ?? this.startGroup(enrollment, null);
    const member = { enrollmentId: enrollment.id, groupId, joinedAt: enrollment.joinedAt };
    for (const move of this.flows.evaluate(member, now, (metric, windowDays) =>
      this.totals.sum(enrollment.id, metric, windowDays, now, now),
    )) {
      m.current = move.toGroupId;
      if (move.at >= this.world.periodFrom) this.listener.onMove?.(move, enrollment.affiliateId);
    }
  }

  private sweepTo(until: number): void {
    const from = this.swept ?? until;
    this.swept = Math.max(from, until);
    if (!this.flows.sweeps || until <= from) return;
    for (const midnight of midnightsBetween(from, until))
      for (const m of this.members.values()) this.evaluate(m, midnight);
  }

  /** The next event in recording order. */
  step(e: ReplayEvent): void {
    const world = this.world;
    this.sweepTo(e.recordedAt);
    const m = this.members.get(e.enrollmentId);
    if (!m) return;
    const enrollment = m.enrollment;
    this.e = e;
    this.enrollmentId = enrollment.id;
    const stored = world.whatIf ? world.defaultGroupId : (e.groupId ?? enrollment.groupId);
    const groupId = this.applyMoves ? (m.current ?? this.startGroup(enrollment, e.groupId)) : stored;
    m.current = groupId;
    let directMinor = 0;
    const lines: ReplayedLine[] = [];
    const reversals = e.reversals;
    if (earnedOnceRecorded(e)) {
      if (groupId !== this.lastGroupId) {
        this.lastGroupId = groupId;
        this.lastGroup = world.groups.get(groupId) ?? world.groups.get(world.defaultGroupId)!;
      }
      const group = this.lastGroup!;
      // One enrollment in one group always has the same terms: computed once, not per event.
      let terms = m.terms.get(group);
      if (!terms) {
        terms = effectiveTerms(world.program, m.termsEnrollment, group);
        m.terms.set(group, terms);
      }
      const earned = earnLines(
        {
          program: world.program,
          enrollment: m.termsEnrollment,
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
          earlierPaidAt: e.earlierPaidAt === null ? null : new Date(e.earlierPaidAt),
          customerCancelledAt: e.cancelledAt === null ? null : new Date(e.cancelledAt),
          country: e.country,
          totals: this.totalsBefore,
          upline: m.upline,
        },
        { explain: false, terms },
      );
      for (const line of earned.lines) {
        let amountMinor = line.amountMinor;
        // Only the direct line is capped, as in earn-commissions.ts: the limits are the member's.
        if (line.level === 0 && this.needsSpend) {
          const at = { amountMinor, currency: line.currency, occurredAt: e.occurredAt, asOf: e.recordedAt };
          amountMinor = this.spend.cap((group.spendLimits as SpendLimit[] | null) ?? [], enrollment.id, at);
          this.spend.record(enrollment.id, {
            occurredAt: e.occurredAt,
            currency: line.currency,
            amountMinor,
            goneAt: e.status === 'rejected' ? e.goneAt : null,
            cuts: reversalShares(amountMinor, e.amountMinor, reversals),
          });
        }
        if (line.level === 0 && line.currency === world.program.currency) directMinor = amountMinor;
        if (e.status === 'rejected') continue;
        const netMinor = netAfterReversals(amountMinor, e.amountMinor, reversals);
        lines.push({ beneficiaryId: line.beneficiaryId, level: line.level, currency: line.currency, netMinor });
      }
    }
    if (e.inPeriod) this.listener.onEvent(e, lines);
    if (this.needsTotals) this.addTotals(e, directMinor, reversals);
    // As dispatch-effects.ts does once the conversion committed.
    if (this.flows.active) this.evaluate(m, e.recordedAt);
  }

  private addTotals(e: ReplayEvent, directMinor: number, reversals: readonly ReplayReversal[]): void {
    const id = this.enrollmentId;
    const paid = e.eventType === 'sale' || e.eventType === 'rebill';
    const none = { sales: 0, conversions: 0, revenue_minor: 0, commission_minor: 0 };
    this.totals.add(id, {
      ...none,
      at: e.occurredAt,
      goneAt: e.goneAt,
      sales: e.eventType === 'sale' ? 1 : 0,
      conversions: e.eventType === 'rebill' ? 0 : 1,
      revenue_minor: paid && e.currency === this.world.program.currency ? e.amountMinor : 0,
    });
    // The live totals date a direct line by its conversion, and a refund's share of it (an adjustment
    // of an unpaid line) by the refund, from when the refund was recorded. A refund of all that is left
    // voids the line with its adjustments: the event's goneAt takes them all. (A line paid out before
    // its refund keeps its amount against a negative adjustment instead, which the replay, knowing no
    // payouts, does not tell apart; docs/finance.md.)
    if (directMinor === 0) return;
    this.totals.add(id, { ...none, at: e.occurredAt, goneAt: e.goneAt, commission_minor: directMinor });
    for (const share of reversalShares(directMinor, e.amountMinor, reversals))
      this.totals.add(id, {
        ...none,
        at: share.occurredAt,
        since: share.at,
        goneAt: e.goneAt,
        commission_minor: -share.minor,
      });
  }

  /** Runs the sweeps up to the end of the replay, once every event is in. */
  finish(): void {
    this.sweepTo(this.world.workflows.until);
  }
}
