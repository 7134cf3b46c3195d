import { eq } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { replay } from '../../domain/backtest-replay';
import { type BacktestSummary, BacktestSums } from '../../domain/backtest-summary';
import { type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { definedChanges } from '../defined-changes';
import { entityNames } from '../entity-names';
import { assertGroupPayable, findProgramOrThrow, type GroupSettings, withRuleIds } from '../programs';
import { loadBacktestFacts } from './load-backtest-facts';

const DAY_MS = 86_400_000;

export interface BacktestInput {
  programId: string;
  periodDays: 30 | 90 | 365;
  /** Proposed changes to the program's groups, as the group PATCH takes them; groups left out keep their terms. */
  groups?: (Partial<GroupSettings> & { groupId: string })[];
  /** "What if": replay this program's history under `programId`'s terms (a program not launched yet). */
  sourceProgramId?: string;
}

export interface BacktestResult extends BacktestSummary {
  programId: string;
  sourceProgramId: string;
  periodDays: number;
  from: Date;
  to: Date;
  /** Leads, sales and rebills of the period replayed. */
  conversions: number;
  affiliateNames: Map<string, string>;
  programNames: Map<string, string>;
}

/** Applies the proposed changes to the program's groups, refusing terms that leave members unpaid (400). */
function proposedGroups(
  program: Parameters<typeof assertGroupPayable>[0],
  groups: ProgramGroup[],
  proposals: BacktestInput['groups'],
): ProgramGroup[] {
  const out = new Map(groups.map((g) => [g.id, g]));
  for (const { groupId, ...changes } of proposals ?? []) {
    const before = out.get(groupId);
    if (!before) throw new NotFoundError('program group', groupId);
    const set = definedChanges({ ...changes, rewardRules: withRuleIds(changes.rewardRules) }) ?? {};
    const after = { ...before, ...set } as ProgramGroup;
    assertGroupPayable(program, after);
    out.set(groupId, after);
  }
  return [...out.values()];
}

/** How far back the history must reach for the rules' "affiliate totals" windows (lifetime: all of it). */
function historyFrom(periodFrom: Date, groups: ProgramGroup[]): Date {
  const windows = groups.flatMap((g) => totalsNeeded(g.rewardRules as RewardRule[]));
  if (windows.length === 0) return periodFrom;
  if (windows.some((w) => w.windowDays === null)) return new Date(0);
  return new Date(periodFrom.getTime() - Math.max(...windows.map((w) => w.windowDays!)) * DAY_MS);
}

/**
 * What the program's stored leads, sales and rebills of the last `periodDays` would have paid under
 * the proposed group terms, against what they did pay (their lines net of reversals). Replays them
 * through the same pure step as the live path (domain/earn-lines.ts via domain/backtest-replay.ts).
 * Read-only; another organization's program is a 404.
 */
export async function runBacktest({ ctx, input }: ServiceCall<BacktestInput>): Promise<BacktestResult> {
  const { organizationId } = actingAdvertiser(ctx);
  const program = await findProgramOrThrow(ctx.db, organizationId, input.programId);
  const source = input.sourceProgramId
    ? await findProgramOrThrow(ctx.db, organizationId, input.sourceProgramId)
    : program;
  const stored = await ctx.db.select().from(programGroups).where(eq(programGroups.programId, program.id));
  const groups = proposedGroups(program, stored, input.groups);
  const to = ctx.now;
  const from = new Date(to.getTime() - input.periodDays * DAY_MS);
  const facts = await loadBacktestFacts({
    ctx,
    input: { programId: source.id, historyFrom: historyFrom(from, groups), periodFrom: from, to },
  });
  const sums = new BacktestSums(source.id);
  for (const a of facts.actual) sums.add('actual', a);
  let conversions = 0;
  replay(
    {
      program,
      groups: new Map(groups.map((g) => [g.id, g])),
      defaultGroupId: groups.find((g) => g.isDefault)!.id,
      whatIf: source.id !== program.id,
      enrollments: facts.enrollments,
      uplines: facts.uplines,
      customers: facts.customers,
      reversals: facts.reversals,
      events: facts.events,
    },
    (e, lines) => {
      conversions++;
      let proposedMinor = 0;
      for (const l of lines) {
        proposedMinor += l.netMinor;
        sums.add('proposed', {
          beneficiaryId: l.beneficiaryId,
          month: e.month,
          currency: l.currency,
          minor: l.netMinor,
        });
      }
      if (proposedMinor !== e.actualNetMinor) sums.changedConversion();
    },
  );
  const summary = sums.summary();
  const names = await entityNames(ctx.db, {
    affiliate: summary.affiliates.map((a) => a.affiliateId),
    program: summary.programs.map((p) => p.programId),
  });
  const named = (kind: string, ids: string[]) =>
    new Map(ids.map((id) => [id, names.get(`${kind}:${id}`) ?? id] as const));
  return {
    ...summary,
    programId: program.id,
    sourceProgramId: source.id,
    periodDays: input.periodDays,
    from,
    to,
    conversions,
    affiliateNames: named(
      'affiliate',
      summary.affiliates.map((a) => a.affiliateId),
    ),
    programNames: named('program', summary.programs.map((p) => p.programId).concat(program.id)),
  };
}
