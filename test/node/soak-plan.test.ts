import { describe, expect, it } from 'vitest';
import { createPlanner, MIX, plannedEvents, type PlanProgram, type RoundPlan } from '../../bench/lib/soak-plan';

const PROGRAMS: PlanProgram[] = [
  { tenant: 0, currency: 'USD', pays: 'sale', recurring: true, groups: 2 },
  { tenant: 0, currency: 'USD', pays: 'lead', recurring: false, groups: 1 },
  { tenant: 1, currency: 'JPY', pays: 'sale', recurring: false, groups: 3 },
];

const rounds = (seed: number, n: number): RoundPlan[] => {
  const planner = createPlanner({
    seed,
    programs: PROGRAMS,
    affiliates: 10,
    clicksPerRound: 1_000,
    clicksPerBatch: 100,
  });
  return Array.from({ length: n }, () => planner.next());
};

describe('the ledger soak plan', () => {
  it('plans the same rounds for the same seed, and other rounds for another', () => {
    expect(rounds(7, 6)).toEqual(rounds(7, 6));
    expect(rounds(8, 6)).not.toEqual(rounds(7, 6));
  });

  it('mixes every kind of event in the shares it documents', () => {
    const plans = rounds(20_261_123, 30);
    const steps = plans.flatMap((p) => p.steps);
    const conversions = steps.flatMap((s) => (s.kind === 'conversion' ? [s] : []));
    const reversals = steps.flatMap((s) => (s.kind === 'reversal' ? [s] : s.kind === 'race' ? s.refunds : []));
    const types = new Set([...conversions.map((c) => c.type), ...reversals.map((r) => r.type)]);
    expect([...types].sort()).toEqual(['cancel', 'lead', 'rebill', 'refund', 'sale']);
    const clicks = plans.reduce((n, p) => n + p.clickBatches.reduce((m, b) => m + b.length, 0), 0);
    const events = plans.reduce((n, p) => n + plannedEvents(p), 0);
    expect(clicks / events).toBeGreaterThan(0.8);
    expect(clicks / events).toBeLessThan(0.9);
    expect(conversions.length).toBe(30 * 1_000 * MIX.conversionsPerClick);
    const late = conversions.filter((c) => c.clickLate).length / conversions.length;
    expect(late).toBeGreaterThan(MIX.outOfOrder / 2);
    expect(late).toBeLessThan(MIX.outOfOrder * 2);
    expect(steps.some((s) => s.kind === 'conversion' && s.copies > 1)).toBe(true);
    expect(steps.some((s) => s.kind === 'race')).toBe(true);
    expect(steps.some((s) => s.kind === 'review')).toBe(true);
    expect(plans.some((p) => p.redelivered.length > 0)).toBe(true);
  });

  it('only reverses or reviews what an earlier round sold, and converts on clicks it ingests', () => {
    const plans = rounds(3, 12);
    const soldIn = new Map<number, number>();
    for (const plan of plans) {
      const ingested = new Set([...plan.clickBatches.flat(), ...plan.lateClicks].map((c) => c.key));
      for (const step of plan.steps) {
        if (step.kind === 'conversion') {
          if (step.type !== 'lead') soldIn.set(step.ref, plan.round);
          if (step.click) expect(ingested.has(step.click.key)).toBe(true);
          expect(step.click === null).toBe(step.type === 'rebill');
        }
      }
      for (const step of plan.steps) {
        const named =
          step.kind === 'race'
            ? step.refunds.map((r) => r.of)
            : step.kind === 'conversion' || step.kind === 'move'
              ? []
              : [step.of];
        for (const of of named) expect(soldIn.get(of)).toBeLessThan(plan.round);
      }
    }
  });

  it('moves members by hand only between groups that exist, and varies what rules and caps test', () => {
    const plans = rounds(11, 30);
    const steps = plans.flatMap((p) => p.steps);
    const moves = steps.flatMap((s) => (s.kind === 'move' ? [s] : []));
    expect(moves).toHaveLength(30 * MIX.movesPerRound);
    for (const m of moves) {
      expect(PROGRAMS[m.program]!.groups).toBeGreaterThan(1);
      expect(m.group).toBeLessThan(PROGRAMS[m.program]!.groups);
      expect(m.affiliates.length).toBeGreaterThanOrEqual(1);
      for (const a of m.affiliates) expect(a).toBeLessThan(10);
    }
    expect(new Set(moves.map((m) => m.group))).toEqual(new Set([0, 1, 2]));
    const clicks = plans.flatMap((p) => p.clickBatches.flat());
    const share = (country: string) => clicks.filter((c) => c.country === country).length / clicks.length;
    expect(share('DE')).toBeCloseTo(MIX.fromDE, 1);
    expect(share('AT')).toBeCloseTo(MIX.fromAT, 1);
    const sales = steps.flatMap((s) => (s.kind === 'conversion' && s.type !== 'lead' ? [s] : []));
    const pro = sales.filter((s) => s.product === 'plan_pro').length / sales.length;
    expect(pro).toBeCloseTo(MIX.proPlan, 1);
    expect(steps.every((s) => s.kind !== 'conversion' || (s.product === null) === (s.type === 'lead'))).toBe(true);
    // Skewed: the busiest affiliate converts several times as often as the quietest.
    const per = Array.from({ length: 10 }, (_, a) => clicks.filter((c) => c.affiliate === a).length);
    expect(per[0]!).toBeGreaterThan(3 * per[9]!);
    expect(per[9]!).toBeGreaterThan(0);
  });

  it('moves nobody in a plan whose programs have one group each', () => {
    const planner = createPlanner({
      seed: 5,
      programs: PROGRAMS.map((p) => ({ ...p, groups: 1 })),
      affiliates: 10,
      clicksPerRound: 500,
      clicksPerBatch: 100,
    });
    expect(
      Array.from({ length: 5 }, () => planner.next()).flatMap((p) => p.steps.filter((s) => s.kind === 'move')),
    ).toEqual([]);
  });
});
