import type { WorkflowMetric } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateTotals } from '../enrollments';

/**
 * An enrollment's totals now, per (metric, window) its workflows read, counted as the reward rules
 * count them (affiliateTotals): conversions neither rejected nor reversed, commission lines of level 0
 * in the program's currency neither rejected nor reversed, bonus lines left out.
 */
export function readWorkflowTotals({
  ctx,
  input,
}: ServiceCall<{
  enrollmentId: string;
  currency: string;
  windows: { metric: WorkflowMetric; windowDays: number | null }[];
}>): Promise<Map<string, number>> {
  return affiliateTotals({ ctx, input: { ...input, before: ctx.now, excludeConversionId: null } });
}
