import type { AffiliateMetric } from './reward-rules';
import { firingWorkflows, type WorkflowTrigger } from './workflow-evaluation';

const DAY_MS = 86_400_000;

/** A group change the replayed workflows made. */
export interface ReplayMove {
  enrollmentId: string;
  workflowId: string;
  fromGroupId: string;
  toGroupId: string;
  /** When it happened (ms): the recording of the conversion that crossed, or the day's sweep. */
  at: number;
}

/**
 * The program's workflows over a replay: the live path's own firingWorkflows (domain/
 * workflow-evaluation.ts) asked after each replayed conversion, and at each UTC midnight for every
 * member (the live cron sweeps hourly; a day is as fine as a period's report reads, and keeps a
 * year's replay to 365 sweeps). Each crossing fires once, as the crossing row makes it live: the
 * keys already crossed are seeded with the stored crossings from before the history.
 */
export class ReplayWorkflows {
  private readonly crossed: Set<string>;
  readonly sweeps: boolean;

  constructor(
    private readonly workflows: readonly WorkflowTrigger[],
    crossedBefore: Iterable<string>,
  ) {
    this.crossed = new Set(crossedBefore);
    // Only windows and the way down can change without a conversion of the member.
    this.sweeps = workflows.some((w) => w.enabled && (w.windowDays !== null || w.op === 'lt'));
  }

  get active(): boolean {
    return this.workflows.some((w) => w.enabled);
  }

  /** The key a crossing is remembered under: the same as workflow_crossings' unique key. */
  static key(enrollmentId: string, workflowId: string, crossingKey: string): string {
    return `${enrollmentId}\u0000${workflowId}\u0000${crossingKey}`;
  }

  /** The moves the workflows make for one member at `now`, each crossing remembered so it fires once. */
  evaluate(
    member: { enrollmentId: string; groupId: string; joinedAt: number },
    now: number,
    totals: (metric: AffiliateMetric, windowDays: number | null) => number,
  ): ReplayMove[] {
    const firings = firingWorkflows(this.workflows, {
      groupId: member.groupId,
      joinedAt: new Date(member.joinedAt),
      now: new Date(now),
      totals,
      crossed: (workflowId, key) => this.crossed.has(ReplayWorkflows.key(member.enrollmentId, workflowId, key)),
    });
    const moves: ReplayMove[] = [];
    for (const f of firings) {
      this.crossed.add(ReplayWorkflows.key(member.enrollmentId, f.workflowId, f.crossingKey));
      if (f.toGroupId !== null)
        moves.push({
          enrollmentId: member.enrollmentId,
          workflowId: f.workflowId,
          fromGroupId: f.fromGroupId,
          toGroupId: f.toGroupId,
          at: now,
        });
    }
    return moves;
  }
}

/** The UTC midnights in (after, until]: when the replay sweeps every member. */
export function midnightsBetween(after: number, until: number): number[] {
  const out: number[] = [];
  for (let d = Math.floor(after / DAY_MS) * DAY_MS + DAY_MS; d <= until; d += DAY_MS) out.push(d);
  return out;
}
