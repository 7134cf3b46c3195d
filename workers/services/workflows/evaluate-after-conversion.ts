import type { ServiceCall, ServiceContext } from '../../context';
import { actOnCrossings } from './evaluate-enrollment-workflows';
import { lookForFirings } from './look-for-firings';

/**
 * After a conversion committed: evaluates the workflows of the enrollments it changed. One statement
 * looks at all of them (no workflows on the program, or nothing to cross: most conversions end
 * there); those that may cross are decided under their lock. Never fails the conversion, which is
 * already stored: an error is logged and the hourly run catches up.
 */
export async function evaluateAfterConversion({ ctx, input }: ServiceCall<{ enrollmentIds: string[] }>): Promise<void> {
  const ids = [...new Set(input.enrollmentIds)];
  try {
    const system: ServiceContext = { db: ctx.db, config: ctx.config, now: ctx.now, log: ctx.log };
    const may = await lookForFirings({ ctx: system, input: { enrollmentIds: ids } });
    for (const id of may) await actOnCrossings({ ctx: system, input: { enrollmentId: id } });
  } catch (error) {
    ctx.log.error('workflow_evaluation_failed', { enrollmentIds: ids, error });
  }
}
