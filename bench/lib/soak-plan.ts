// The ledger soak's traffic, as pure data: what happens in each simulated day (a round), decided by
// a seeded PRNG and nothing else, so one seed always plans the same events. The runner
// (bench/soak-ledger.ts) maps the indices here to real rows and drives the service verbs.
import { prng } from '../../dev/prng';

/** What the plan needs to know of a program: whose it is, its currency and what it pays for. */
export interface PlanProgram {
  tenant: number;
  currency: string;
  /** 'lead' for a CPL program; 'sale' programs also take rebills when `recurring`. */
  pays: 'lead' | 'sale';
  recurring: boolean;
  /** Its partner groups (1: the default group only); staff move members between them by hand. */
  groups: number;
}

export interface PlannedClick {
  /** The click's number in the whole run: the runner derives its id (UUIDv7) from it. */
  key: number;
  program: number;
  affiliate: number;
  /** When it happened, before the round's clock (ms). */
  agoMs: number;
  /** Where the visitor was: what country conditions of reward rules test. */
  country: string;
}

export interface PlannedConversion {
  kind: 'conversion';
  /** The conversion's number in the run: its event id, and what a refund or review names. */
  ref: number;
  type: 'lead' | 'sale' | 'rebill';
  program: number;
  /** The click it follows, or null (a rebill goes by its customer). */
  click: PlannedClick | null;
  /** Out of order: the click reaches ingest only after the conversion (it waits, then is retried). */
  clickLate: boolean;
  /** Sooner after its click than the fraud rule allows: flagged for review. */
  tooSoon: boolean;
  amountMinor: number | null;
  customer: string | null;
  /** The plan bought (metadata plan_id), what product conditions of reward rules test; null for a lead. */
  product: string | null;
  /** Deliveries of the same event sent at once (1 = no duplicate). */
  copies: number;
}

export interface PlannedReversal {
  kind: 'reversal';
  type: 'refund' | 'cancel';
  ref: number;
  /** The sale or rebill it reverses. */
  of: number;
  /** Minor units refunded; null: the whole remainder. */
  amountMinor: number | null;
  /** A cancel may name the customer instead of the order: it then follows their latest sale. */
  customer: string | null;
  copies: number;
}

export interface PlannedReview {
  kind: 'review';
  of: number;
  decision: 'approve' | 'reject';
}

/** Two different refunds of one sale, sent at once: the lock on the sale must serialize them. */
export interface PlannedRace {
  kind: 'race';
  refunds: PlannedReversal[];
}

/** Staff move members into one of the program's groups by hand, racing their conversions and workflows. */
export interface PlannedMove {
  kind: 'move';
  program: number;
  /** Index of the target group (0: the default group). */
  group: number;
  affiliates: number[];
}

export type PlannedStep = PlannedConversion | PlannedReversal | PlannedReview | PlannedRace | PlannedMove;

export interface RoundPlan {
  round: number;
  /** Click batches ingested before the conversions (traffic plus the clicks they convert on). */
  clickBatches: PlannedClick[][];
  /** Batches delivered twice at once (queue redelivery): indices into clickBatches. */
  redelivered: number[];
  /** The late clicks of out-of-order conversions, ingested after them. */
  lateClicks: PlannedClick[];
  /** Conversions, reversals and reviews, dealt to the writers in this order. */
  steps: PlannedStep[];
}

export interface PlanOptions {
  seed: number;
  programs: PlanProgram[];
  affiliates: number;
  /** Clicks in a round; conversions and the rest come on top (see MIX). */
  clicksPerRound: number;
  clicksPerBatch: number;
}

/** Shares per round, relative to the clicks: a round's planned traffic is ~84 % clicks, ~81 % of all events with the crons (bench/README.md). */
export const MIX = {
  /** Conversions (lead/sale/rebill) per click. */
  conversionsPerClick: 0.15,
  /** Of conversions: a rebill of an earlier customer, when one exists. */
  rebill: 0.2,
  /** Of sales and leads: the click arrives after the conversion. */
  outOfOrder: 0.06,
  /** Of sales: converted 3 s after the click, so the fraud rule flags it. */
  tooSoon: 0.02,
  /** Of sales: with a customer id (binds the customer for rebills and cancels). */
  withCustomer: 0.6,
  /** Of every delivery: sent 2 or 3 times at once. */
  duplicate: 0.05,
  /** Refunds, cancels and reviews per conversion. */
  refundsPerConversion: 0.16,
  cancelsPerConversion: 0.03,
  racesPerConversion: 0.01,
  reviewsPerConversion: 0.02,
  /** Of click batches: redelivered concurrently. */
  redeliveredBatch: 0.03,
  /** Staff moves by hand per round (each of 1–3 members), in programs with more than one group. */
  movesPerRound: 2,
  /** Of clicks: from Germany and from Austria (the rest from the US), for country conditions. */
  fromDE: 0.08,
  fromAT: 0.04,
  /** Of sales and rebills: on the pro plan (the rest basic), for product conditions. */
  proPlan: 0.3,
  /**
   * How unevenly affiliates sell: affiliate = floor(n × u^skew). Above 1, a few sell a lot and most
   * little, so workflows promote some, demote others, and caps bind on the busiest.
   */
  affiliateSkew: 1.8,
} as const;

interface Paid {
  ref: number;
  program: number;
  amountMinor: number;
  customer: string | null;
  round: number;
}

/** A planner: call `next()` once per round; the same seed and options give the same rounds. */
export function createPlanner(opts: PlanOptions) {
  const rnd = prng(opts.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd.next() * (hi - lo + 1));
  const chance = (p: number) => rnd.next() < p;
  const copies = () => (chance(MIX.duplicate) ? int(2, 3) : 1);
  const paid: Paid[] = [];
  const customers: { id: string; program: number }[] = [];
  let clickKey = 0;
  let ref = 0;
  let round = 0;

  const affiliate = () => Math.min(opts.affiliates - 1, Math.floor(opts.affiliates * rnd.next() ** MIX.affiliateSkew));
  const country = () => {
    const u = rnd.next();
    return u < MIX.fromDE ? 'DE' : u < MIX.fromDE + MIX.fromAT ? 'AT' : 'US';
  };
  const click = (program: number, agoMs: number): PlannedClick => ({
    key: clickKey++,
    program,
    affiliate: affiliate(),
    agoMs,
    country: country(),
  });
  const product = () => (chance(MIX.proPlan) ? 'plan_pro' : 'plan_basic');
  const amountFor = (program: number) =>
    opts.programs[program]!.currency === 'JPY' ? int(500, 60_000) : int(500, 40_000);
  /** How many of `paid` came from earlier rounds (it is appended in round order). */
  let settled = 0;
  /** A sale or rebill of an earlier round, so it is settled before anything names it. */
  const earlier = (): Paid | undefined => {
    if (settled === 0) return undefined;
    // Half the time a recent one (likely still on hold), else any (likely paid out by now).
    return chance(0.5) ? paid[Math.max(0, settled - 1 - int(0, 40))] : paid[int(0, settled - 1)];
  };

  function conversion(): PlannedConversion {
    const customer = customers.length > 0 && chance(MIX.rebill) ? customers[int(0, customers.length - 1)] : undefined;
    if (customer) {
      const step: PlannedConversion = {
        kind: 'conversion',
        ref: ref++,
        type: 'rebill',
        program: customer.program,
        click: null,
        clickLate: false,
        tooSoon: false,
        amountMinor: amountFor(customer.program),
        customer: customer.id,
        product: product(),
        copies: copies(),
      };
      paid.push({
        ref: step.ref,
        program: step.program,
        amountMinor: step.amountMinor!,
        customer: customer.id,
        round,
      });
      return step;
    }
    const program = int(0, opts.programs.length - 1);
    const shape = opts.programs[program]!;
    const tooSoon = shape.pays === 'sale' && chance(MIX.tooSoon);
    const step: PlannedConversion = {
      kind: 'conversion',
      ref: ref++,
      type: shape.pays,
      program,
      click: click(program, tooSoon ? 3_000 : int(60, 7_200) * 1000),
      clickLate: chance(MIX.outOfOrder),
      tooSoon,
      amountMinor: shape.pays === 'sale' ? amountFor(program) : null,
      customer: shape.pays === 'sale' && chance(MIX.withCustomer) ? `cus-${ref}` : null,
      product: shape.pays === 'sale' ? product() : null,
      copies: copies(),
    };
    if (step.customer && shape.recurring) customers.push({ id: step.customer, program });
    if (shape.pays === 'sale') {
      paid.push({
        ref: step.ref,
        program,
        amountMinor: step.amountMinor!,
        customer: step.customer,
        round,
      });
    }
    return step;
  }

  function reversal(type: 'refund' | 'cancel', of: Paid): PlannedReversal {
    const partial = type === 'refund' && chance(0.6);
    return {
      kind: 'reversal',
      type,
      ref: ref++,
      of: of.ref,
      amountMinor: partial ? int(1, of.amountMinor) : null,
      customer: type === 'cancel' && of.customer && chance(0.5) ? of.customer : null,
      copies: copies(),
    };
  }

  function extras(conversions: number): PlannedStep[] {
    const steps: PlannedStep[] = [];
    const times = (rate: number) => Math.floor(conversions * rate + rnd.next());
    for (let i = times(MIX.refundsPerConversion); i > 0; i--) {
      const of = earlier();
      if (of) steps.push(reversal('refund', of));
    }
    for (let i = times(MIX.cancelsPerConversion); i > 0; i--) {
      const of = earlier();
      if (of) steps.push(reversal('cancel', of));
    }
    for (let i = times(MIX.racesPerConversion); i > 0; i--) {
      const of = earlier();
      if (of)
        steps.push({
          kind: 'race',
          refunds: [reversal('refund', of), reversal('refund', of)],
        });
    }
    for (let i = times(MIX.reviewsPerConversion); i > 0; i--) {
      const of = earlier();
      if (of)
        steps.push({
          kind: 'review',
          of: of.ref,
          decision: chance(0.5) ? 'approve' : 'reject',
        });
    }
    const grouped = opts.programs.flatMap((p, i) => (p.groups > 1 ? [i] : []));
    for (let i = grouped.length > 0 ? MIX.movesPerRound : 0; i > 0; i--) {
      const program = grouped[int(0, grouped.length - 1)]!;
      const affiliates = Array.from({ length: int(1, 3) }, affiliate);
      steps.push({
        kind: 'move',
        program,
        group: int(0, opts.programs[program]!.groups - 1),
        affiliates,
      });
    }
    return steps;
  }

  /** Deals `items` into a random order (Fisher–Yates on the plan's own PRNG). */
  function shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  function next(): RoundPlan {
    settled = paid.length;
    const conversions = Array.from({ length: Math.round(opts.clicksPerRound * MIX.conversionsPerClick) }, conversion);
    const steps = shuffle<PlannedStep>([...conversions, ...extras(conversions.length)]);
    const converting = conversions.flatMap((c) => (c.click && !c.clickLate ? [c.click] : []));
    const traffic = Array.from({ length: Math.max(0, opts.clicksPerRound - converting.length) }, () =>
      click(int(0, opts.programs.length - 1), int(1, 86_400) * 1000),
    );
    const clicks = shuffle([...traffic, ...converting]);
    const clickBatches: PlannedClick[][] = [];
    for (let i = 0; i < clicks.length; i += opts.clicksPerBatch)
      clickBatches.push(clicks.slice(i, i + opts.clicksPerBatch));
    const redelivered = clickBatches.flatMap((_, i) => (chance(MIX.redeliveredBatch) ? [i] : []));
    const lateClicks = conversions.flatMap((c) => (c.click && c.clickLate ? [c.click] : []));
    return { round: round++, clickBatches, redelivered, lateClicks, steps };
  }

  return { next };
}

/** How many events a round's plan counts (each click and each delivery is one). */
export function plannedEvents(plan: RoundPlan): number {
  const clicks =
    plan.clickBatches.reduce((n, b) => n + b.length, 0) +
    plan.redelivered.reduce((n, i) => n + plan.clickBatches[i]!.length, 0) +
    plan.lateClicks.length;
  const deliveries = plan.steps.reduce((n, s) => {
    if (s.kind === 'race') return n + s.refunds.reduce((m, r) => m + r.copies, 0);
    if (s.kind === 'review' || s.kind === 'move') return n + 1;
    return n + s.copies;
  }, 0);
  return clicks + deliveries;
}
