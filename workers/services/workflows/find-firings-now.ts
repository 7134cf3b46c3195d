import type { ServiceCall } from '../../context';
import {
  firingWorkflows,
  readTotals,
  type WorkflowFacts,
  type WorkflowFiring,
  type WorkflowTrigger,
  windowsToRead,
} from '../../domain/workflow-evaluation';
import { readWorkflowTotals, totalKey } from './read-workflow-totals';

/**
 * The crossings an enrollment makes now: its totals over the windows of the workflows that can still
 * fire (windowsToRead; none read when nothing can, affiliateTotals then answers without a statement),
 * then firingWorkflows over them. The look without a lock and the evaluation under it both take it.
 */
export async function findFiringsNow({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  workflows: readonly WorkflowTrigger[];
  facts: Omit<WorkflowFacts, 'totals'>;
}>): Promise<WorkflowFiring[]> {
  const { workflows, facts } = input;
  const totals = await readWorkflowTotals({
    ctx,
    input: { enrollmentId: input.enrollmentId, currency: input.currency, windows: windowsToRead(workflows, facts) },
  });
  return firingWorkflows(workflows, { ...facts, totals: readTotals(totals, totalKey) });
}
