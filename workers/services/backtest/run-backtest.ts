import { eq } from 'drizzle-orm';
import { programGroups, type ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { Replay, type ReplayedLine, type ReplayListener } from '../../domain/backtest-replay';
import { EventDecoder } from '../../domain/decode-events';
import { type BacktestSummary, BacktestSums } from '../../domain/backtest-summary';
import type { ReplayMove } from '../../domain/backtest-workflows';
import { type RewardRule, totalsNeeded } from '../../domain/reward-rules';
import { periodStart, type SpendLimit } from '../../domain/spend-limits';
import type { WorkflowTrigger } from '../../domain/workflow-evaluation';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { definedChanges } from '../defined-changes';
import { entityNames } from '../entity-names';
import { assertGroupPayable, findProgramOrThrow, type GroupSettings, withRuleIds } from '../programs';
import { loadBacktestFacts } from './load-backtest-facts';
import { loadWorkflowHistory } from './load-workflow-history';
import { streamBacktestEvents } from './stream-backtest-events';
import { type ProposedWorkflow, proposedWorkflows } from './proposed-workflows';

const DAY_MS = 86_400_000;
const NO_LINES: ReplayedLine[] = [];

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

/** At most this many group changes are listed (all are counted): a page of them tells the story. */
export const MAX_GROUP_CHANGES = 100;

/** A member the workflows would have moved to another group inside the period. */
export interface BacktestGroupChange extends ReplayMove {
  affiliateId: string;
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
  const program = await findProgramOrThrow(ctx.db, organizationId, input.programId);
  const source = input.sourceProgramId
    ? await findProgramOrThrow(ctx.db, organizationId, input.sourceProgramId)
    : program;
  const stored = await ctx.db.select().from(programGroups).where(eq(programGroups.programId, program.id));
  const groups = proposedGroups(program, stored, input.groups);
  const flows = await proposedWorkflows({ ctx, input: { program, proposals: input.workflows } });
  const to = ctx.now;
  const from = new Date(to.getTime() - input.periodDays * DAY_MS);
  const since = historyFrom(from, groups, flows.triggers);
  const whatIf = source.id !== program.id;
  const sums = new BacktestSums(source.id);
  let conversions = 0;
  const groupChanges: BacktestGroupChange[] = [];
  let groupChangeCount = 0;
  // The event being stepped's replayed lines and their total, handed over by onEvent (null: it earned none).
  let replayed: ReplayedLine[] | null = null;
  let proposedMinor = 0;
  const listener: ReplayListener = {
    onMove: (move, affiliateId) => {
      groupChangeCount++;
      if (groupChanges.length < MAX_GROUP_CHANGES) groupChanges.push({ ...move, affiliateId });
    },
    onEvent: (e, lines) => {
      conversions++;
      replayed = lines;
      proposedMinor = 0;
      for (const l of lines) {
        proposedMinor += l.netMinor;
        sums.add('proposed', l.beneficiaryId, e.month, l.currency, l.netMinor);
      }
    },
  };
  // The events stream in while the other facts load: rows that come before those are in wait here.
  const early: string[] = [];
  let step: ((row: string) => void) | null = null;
  const streamed = streamBacktestEvents({
    ctx,
    input: {
      programId: source.id,
      historyFrom: since,
      periodFrom: from,
      to,
      onRow: (row) => {
        if (step) step(row);
        else early.push(row);
      },
    },
  });
  const replayStarted = (async () => {
    const [facts, history] = await Promise.all([
      loadBacktestFacts({ ctx, input: { programId: source.id, historyFrom: since, to } }),
      // A what-if's members are another program's: no crossing of this program's workflows is theirs.
      whatIf || flows.triggers.length === 0
        ? { crossedBefore: [], startGroups: new Map<string, string>() }
        : loadWorkflowHistory({ ctx, input: { programId: program.id, historyFrom: since } }),
    ]);
    const run = new Replay(
      {
        program,
        groups: new Map(groups.map((g) => [g.id, g])),
        defaultGroupId: groups.find((g) => g.isDefault)!.id,
        whatIf,
        enrollments: facts.enrollments,
        uplines: facts.uplines,
        workflows: { ...history, triggers: flows.triggers, applyMoves: flows.proposed, until: to.getTime() },
        periodFrom: from.getTime(),
      },
      listener,
    );
    const decoder = new EventDecoder(from.getTime());
    step = (row) => {
      const e = decoder.decode(row);
      facts.prepare(e);
      replayed = null;
      run.step(e);
      if (!e.inPeriod) return;
      // The stored lines go in beside the replayed ones, under their strings where they match.
      const actualMinor = sums.addKept(e.kept, e.month, replayed ?? NO_LINES);
      if (replayed !== null && proposedMinor !== actualMinor) sums.changedConversion();
    };
    for (const row of early) step(row);
    early.length = 0;
    return run;
  })();
  // If the facts fail, the backtest fails at once (below); the rows still coming are dropped, not kept.
  replayStarted.catch(() => {
    early.length = 0;
    step = () => {};
  });
  const [, run] = await Promise.all([streamed, replayStarted]);
  run.finish();
  const summary = sums.summary();
  const names = await entityNames(ctx.db, {
    affiliate: summary.affiliates.map((a) => a.affiliateId).concat(groupChanges.map((c) => c.affiliateId)),
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
      summary.affiliates.map((a) => a.affiliateId).concat(groupChanges.map((c) => c.affiliateId)),
    ),
    groupChanges,
    groupChangeCount,
    groupNames: new Map(groups.map((g) => [g.id, g.name])),
    workflowNames: new Map(flows.triggers.map((w) => [w.id, w.name])),
    programNames: named('program', summary.programs.map((p) => p.programId).concat(program.id)),
  };
}
