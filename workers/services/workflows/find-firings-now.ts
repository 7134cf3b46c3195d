import type { ServiceCall } from '../../context';
import {
  firingWorkflows,
  readTotals,
  type WorkflowFacts,
  type WorkflowFiring,
  type WorkflowTrigger,
  windowsToRead,
} from '../../domain/workflow-evaluation';
import { holdsWindows, totalsKey } from '../enrollments';
import { readWorkflowTotals } from './read-workflow-totals';

/**
 * The crossings an enrollment makes now: its totals over the windows of the workflows that can still
 * fire (windowsToRead; none read when nothing can, affiliateTotals then answers without a statement),
 * then firingWorkflows over them. The look without a lock and the evaluation under it both take it.
 * `read`: totals the caller already read as of now, used when they hold every window needed. Also
 * answers which windows were needed, so the caller can expect them next time.
 */
export async function findFiringsNow({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  workflows: readonly WorkflowTrigger[];
  facts: Omit<WorkflowFacts, 'totals'>;
  read?: ReadonlyMap<string, number> | null;
}>): Promise<{ firings: WorkflowFiring[]; windows: WorkflowWindow[] }> {
  const { workflows, facts, read } = input;
  const windows = windowsToRead(workflows, facts);
  const totals =
    read && holdsWindows(read, windows)
      ? read
      : await readWorkflowTotals({
          ctx,
          input: { enrollmentId: input.enrollmentId, currency: input.currency, windows },
        });
  return { firings: firingWorkflows(workflows, { ...facts, totals: readTotals(totals, totalsKey) }), windows };
}

type WorkflowWindow = ReturnType<typeof windowsToRead>[number];
