import { eq } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { BacktestSummary } from '../../domain/backtest-summary';
import { type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { periodStart, type SpendLimit } from '../../domain/spend-limits';
import type { WorkflowTrigger } from '../../domain/workflow-evaluation';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { definedChanges } from '../defined-changes';
import { entityNames } from '../entity-names';
import { assertGroupPayable, findProgramOrThrow, type GroupSettings, withRuleIds } from '../programs';
import { type BacktestGroupChange, replayHistory } from './replay-history';
import { type ProposedWorkflow, proposedWorkflows } from './proposed-workflows';

const DAY_MS = 86_400_000;

export interface BacktestInput {
  programId: string;
  periodDays: 30 | 90 | 365;
  /** Proposed changes to the program's groups, as the group PATCH takes them; groups left out keep their terms. */
  groups?: (Partial<GroupSettings> & { groupId: string })[];
  /** The editor's version of the program's whole workflow list; absent: the saved workflows. */
  workflows?: ProposedWorkflow[];
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
  /** The group changes inside the period, oldest first, at most MAX_GROUP_CHANGES. */
  groupChanges: BacktestGroupChange[];
  /** How many group changes there were in all. */
  groupChangeCount: number;
  groupNames: Map<string, string>;
  workflowNames: Map<string, string>;
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

/**
 * How far back the history must reach: the rules' and workflows' "affiliate totals" windows, and the
 * spend limits' periods the period's first day falls in (lifetime, total: all of it).
 */
function historyFrom(periodFrom: Date, groups: ProgramGroup[], workflows: WorkflowTrigger[]): Date {
  const windows: (number | null)[] = groups
    .flatMap((g) => totalsNeeded(g.rewardRules as RewardRule[]).map((w) => w.windowDays))
    .concat(workflows.filter((w) => w.enabled).map((w) => w.windowDays));
  const starts = groups
    .flatMap((g) => (g.spendLimits as SpendLimit[] | null) ?? [])
    .map((l) => periodStart(l.period, periodFrom)?.getTime() ?? 0);
  if (windows.some((w) => w === null)) return new Date(0);
  const back = Math.max(0, ...windows.map((w) => w!)) * DAY_MS;
  return new Date(Math.min(periodFrom.getTime() - back, ...starts));
}

/**
 * What the program's stored leads, sales and rebills of the last `periodDays` would have paid under
 * the proposed group terms, against what they did pay (their lines net of reversals). Replays them
 * through the same pure step as the live path (domain/earn-lines.ts via domain/backtest-replay.ts).
 * Read-only; another organization's program is a 404.
 */
export async function runBacktest({ ctx, input }: ServiceCall<BacktestInput>): Promise<BacktestResult> {
  const { organizationId } = actingAdvertiser(ctx);
  const program = await findProgramOrThrow({ ctx, input: { organizationId, programId: input.programId } });
  const source = input.sourceProgramId
    ? await findProgramOrThrow({ ctx, input: { organizationId, programId: input.sourceProgramId } })
    : program;
  const stored = await ctx.db.select().from(programGroups).where(eq(programGroups.programId, program.id));
  const groups = proposedGroups(program, stored, input.groups);
  const flows = await proposedWorkflows({ ctx, input: { program, proposals: input.workflows } });
  const to = ctx.now;
  const from = new Date(to.getTime() - input.periodDays * DAY_MS);
  const since = historyFrom(from, groups, flows.triggers);
  const { sums, conversions, groupChanges, groupChangeCount } = await replayHistory({
    ctx,
    input: { program, sourceProgramId: source.id, groups, flows, from, since, to },
  });
  const summary = sums.summary();
  const names = await entityNames({
    ctx,
    input: {
      affiliate: summary.affiliates.map((a) => a.affiliateId).concat(groupChanges.map((c) => c.affiliateId)),
      program: summary.programs.map((p) => p.programId),
    },
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
      summary.affiliates.map((a) => a.affiliateId).concat(groupChanges.map((c) => c.affiliateId)),
    ),
    groupChanges,
    groupChangeCount,
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
    workflowNames: new Map(flows.triggers.map((w) => [w.id, w.name])),
    programNames: named('program', summary.programs.map((p) => p.programId).concat(program.id)),
  };
}
