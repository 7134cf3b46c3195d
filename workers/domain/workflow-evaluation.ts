import type { WorkflowMetric, WorkflowOp } from '../../schema/enums';

const DAY_MS = 86_400_000;

/** The parts of a program workflow that decide whether it fires (a row's fields as a plain interface). */
export interface WorkflowTrigger {
  id: string;
  enabled: boolean;
  metric: WorkflowMetric;
  op: WorkflowOp;
  threshold: number;
  /** Days ending now; null: lifetime. */
  windowDays: number | null;
  /** Only members of this group; null: every member. */
  scopeGroupId: string | null;
  moveToGroupId: string | null;
}

/** What the evaluation knows of one enrollment. */
export interface WorkflowFacts {
  groupId: string;
  /** When the enrollment joined: the way down waits for a whole window of membership. */
  joinedAt: Date;
  now: Date;
  totals: (metric: WorkflowMetric, windowDays: number | null) => number;
  /** Whether the enrollment already crossed this workflow under this key (its row exists); skipped, move and all. */
  crossed?: (workflowId: string, crossingKey: string) => boolean;
}

export interface WorkflowFiring {
  workflowId: string;
  crossingKey: string;
  value: number;
  /** The group the enrollment is in when this workflow acts, and the one it leaves for (or null). */
  fromGroupId: string;
  toGroupId: string | null;
}

/**
 * Which crossing an evaluation at `now` belongs to: a lifetime total crosses once ever; a window of N
 * days once per period of N days counted from 1970-01-01 UTC, so "20 sales in 30 days" can fire
 * again 30 days later, never twice in one period however often it is evaluated.
 */
export function crossingKey(windowDays: number | null, now: Date): string {
  if (windowDays === null) return 'lifetime';
  return `p${Math.floor(now.getTime() / DAY_MS / windowDays)}`;
}

/** The windows the given workflows read, once each, for one totals query. */
export function workflowWindows(
  workflows: readonly Pick<WorkflowTrigger, 'metric' | 'windowDays'>[],
): { metric: WorkflowMetric; windowDays: number | null }[] {
  const seen = new Map<string, { metric: WorkflowMetric; windowDays: number | null }>();
  for (const w of workflows) seen.set(`${w.metric}:${w.windowDays}`, { metric: w.metric, windowDays: w.windowDays });
  return [...seen.values()];
}

/**
 * The windows firingWorkflows may read for these facts, once each: those of the enabled workflows
 * whose crossing under the current key is not recorded yet, that could be in scope (no scope, the
 * enrollment's group, or a group one of those workflows moves members to), and that a new member's
 * way down does not skip. A superset of what it reads, whatever moves happen on the way; empty when
 * nothing can fire, so the caller reads no totals at all. Most evaluations end here once an affiliate
 * has crossed a lifetime workflow or this period's one: their totals are the dearest to read, and the
 * answer would be thrown away.
 */
export function windowsToRead(
  workflows: readonly WorkflowTrigger[],
  facts: Omit<WorkflowFacts, 'totals'>,
): { metric: WorkflowMetric; windowDays: number | null }[] {
  const open = workflows.filter(
    (w) =>
      w.enabled &&
      !facts.crossed?.(w.id, crossingKey(w.windowDays, facts.now)) &&
      !(
        w.op === 'lt' &&
        w.windowDays !== null &&
        facts.now.getTime() - facts.joinedAt.getTime() < w.windowDays * DAY_MS
      ),
  );
  const reachable = new Set([
    facts.groupId,
    ...open.flatMap((w) => (w.moveToGroupId === null ? [] : [w.moveToGroupId])),
  ]);
  return workflowWindows(open.filter((w) => w.scopeGroupId === null || reachable.has(w.scopeGroupId)));
}

/**
 * Totals as firingWorkflows reads them, from the windows read (keyed by `keyOf`): asking for one that
 * was not read is a mistake in the caller, and a missing total read as 0 would fire a way down.
 */
export function readTotals(
  read: ReadonlyMap<string, number>,
  keyOf: (metric: WorkflowMetric, windowDays: number | null) => string,
): WorkflowFacts['totals'] {
  return (metric, windowDays) => {
    const value = read.get(keyOf(metric, windowDays));
    if (value === undefined) throw new Error(`workflow total ${keyOf(metric, windowDays)} was not read`);
    return value;
  };
}

/** Whether the total is past the threshold in the workflow's direction. */
export function triggerHolds(op: WorkflowOp, value: number, threshold: number): boolean {
  return op === 'gte' ? value >= threshold : value < threshold;
}

/**
 * The workflows that fire for an enrollment now, in the given order (the program's, oldest first).
 * A workflow fires when it is enabled, the enrollment is in its scope, it would not move the
 * enrollment into the group it is already in (a promotion is over once reached), its trigger holds,
 * and, for the way down (lt) over a window, the enrollment has been a member for a whole window (a
 * new member has had no time to sell). A move applies before the next workflow is looked at, so its
 * scope sees the new group. A crossing already recorded (facts.crossed) is skipped: it acted before.
 */
export function firingWorkflows(workflows: readonly WorkflowTrigger[], facts: WorkflowFacts): WorkflowFiring[] {
  const out: WorkflowFiring[] = [];
  let groupId = facts.groupId;
  for (const w of workflows) {
    if (!w.enabled) continue;
    if (w.scopeGroupId !== null && w.scopeGroupId !== groupId) continue;
    if (w.moveToGroupId !== null && w.moveToGroupId === groupId) continue;
    if (
      w.op === 'lt' &&
      w.windowDays !== null &&
      facts.now.getTime() - facts.joinedAt.getTime() < w.windowDays * DAY_MS
    )
      continue;
    const key = crossingKey(w.windowDays, facts.now);
    if (facts.crossed?.(w.id, key)) continue;
    const value = facts.totals(w.metric, w.windowDays);
    if (!triggerHolds(w.op, value, w.threshold)) continue;
    out.push({
      workflowId: w.id,
      crossingKey: key,
      value,
      fromGroupId: groupId,
      toGroupId: w.moveToGroupId,
    });
    if (w.moveToGroupId !== null) groupId = w.moveToGroupId;
  }
  return out;
}

export interface WorkflowProgress {
  workflowId: string;
  metric: WorkflowMetric;
  windowDays: number | null;
  value: number;
  threshold: number;
  /** 0–100, whole: how far the total is towards the threshold. */
  percent: number;
  targetGroupId: string;
}

/** 0–100 whole percent of value towards threshold (a zero threshold is reached). */
export function progressPercent(value: number, threshold: number): number {
  if (threshold <= 0) return 100;
  return Math.max(0, Math.min(100, Math.floor((value * 100) / threshold)));
}

/**
 * The affiliate's next tier: of the enabled promotions (gte with a move) that are in scope for the
 * enrollment's group and lead elsewhere, the one it is closest to (highest percent; the earlier
 * workflow on a tie). Null when there is none to reach.
 */
export function nextPromotion(workflows: readonly WorkflowTrigger[], facts: WorkflowFacts): WorkflowProgress | null {
  let best: WorkflowProgress | null = null;
  for (const w of workflows) {
    if (!w.enabled || w.op !== 'gte' || w.moveToGroupId === null || w.moveToGroupId === facts.groupId) continue;
    if (w.scopeGroupId !== null && w.scopeGroupId !== facts.groupId) continue;
    const value = facts.totals(w.metric, w.windowDays);
    const percent = progressPercent(value, w.threshold);
    if (best && best.percent >= percent) continue;
    best = {
      workflowId: w.id,
      metric: w.metric,
      windowDays: w.windowDays,
      value,
      threshold: w.threshold,
      percent,
      targetGroupId: w.moveToGroupId,
    };
  }
  return best;
}
