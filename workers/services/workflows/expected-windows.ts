import type { WorkflowMetric } from '../../../schema/enums';

/** The totals an enrollment's workflows asked for when this isolate last looked, with its program's currency. */
export interface ExpectedWindows {
  currency: string;
  windows: { metric: WorkflowMetric; windowDays: number | null }[];
}

/**
 * What the look after each conversion read last time, by enrollment: the next look of the same enrollment
 * reads those totals in its own statement (look-for-firings.ts) instead of a second round trip. Only a
 * guess: the look checks that what it needs was read, and reads the rest on its own. Per isolate, shared
 * between requests, so never mutated.
 */
const expected = new Map<string, ExpectedWindows>();

/** Enough for the busy affiliates of an isolate; a full map starts over rather than tracking use. */
const KEPT_ENROLLMENTS = 1024;

export function expectedWindows(enrollmentId: string): ExpectedWindows | null {
  return expected.get(enrollmentId) ?? null;
}

export function expectWindows(enrollmentId: string, windows: ExpectedWindows): void {
  if (expected.size >= KEPT_ENROLLMENTS && !expected.has(enrollmentId)) expected.clear();
  expected.set(enrollmentId, windows);
}
