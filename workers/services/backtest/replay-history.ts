import type { ProgramGroup } from '../../../schema';
import type { ServiceCall } from '../../context';
import { Replay, type ReplayedLine, type ReplayListener, type ReplayWorld } from '../../domain/backtest-replay';
import { BacktestSums } from '../../domain/backtest-summary';
import type { ReplayMove } from '../../domain/backtest-workflows';
import { EventDecoder } from '../../domain/decode-events';
import { loadBacktestFacts } from './load-backtest-facts';
import { loadWorkflowHistory } from './load-workflow-history';
import type { ReplayTriggers } from './proposed-workflows';
import { streamBacktestEvents } from './stream-backtest-events';

/** At most this many group changes are listed (all are counted): a page of them tells the story. */
export const MAX_GROUP_CHANGES = 100;

const NO_LINES: ReplayedLine[] = [];

/** A member the workflows would have moved to another group inside the period. */
export interface BacktestGroupChange extends ReplayMove {
  affiliateId: string;
}

export interface ReplayedHistory {
  sums: BacktestSums;
  /** Leads, sales and rebills of the period replayed. */
  conversions: number;
  /** The group changes inside the period, oldest first, at most MAX_GROUP_CHANGES. */
  groupChanges: BacktestGroupChange[];
  groupChangeCount: number;
}

/**
 * Replays the source program's stored events from `since` under `program`'s proposed groups and
 * workflows, summing what the period's events paid against what they would have paid. The events
 * stream in (stream-backtest-events.ts) while the other facts load, and each is decoded, replayed and
 * summed as it arrives: nothing holds hundreds of thousands of rows, and the replay runs while
 * Postgres still produces them.
 */
export async function replayHistory({
  ctx,
  input,
}: ServiceCall<{
  program: ReplayWorld['program'] & { id: string };
  /** The program whose history is replayed: `program` itself, or another one for a "what if". */
  sourceProgramId: string;
  groups: ProgramGroup[];
  flows: ReplayTriggers;
  /** The period summed, and where the history replayed starts (earlier when the terms look back). */
  from: Date;
  since: Date;
  to: Date;
}>): Promise<ReplayedHistory> {
  const { program, sourceProgramId, groups, flows, from, since, to } = input;
  const whatIf = sourceProgramId !== program.id;
  const sums = new BacktestSums(sourceProgramId);
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
      programId: sourceProgramId,
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
      loadBacktestFacts({ ctx, input: { programId: sourceProgramId, historyFrom: since, to } }),
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
  return { sums, conversions, groupChanges, groupChangeCount };
}
