import type { Enrollment } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import type { AutoApprovalRule } from '../../domain/auto-approval';
import { recordAudit } from '../audit';

/**
 * Audits an application an auto-approval rule approved, inside the caller's transaction. The decision is
 * the system's, not the applicant's: the row carries no actor (shown as System) and names the rule.
 */
export async function recordAutoApproval({
  ctx,
  input,
}: ServiceCall<{ enrollment: Enrollment; rule: { index: number; rule: AutoApprovalRule } }>): Promise<void> {
  const requestId = ctx.origin?.requestId ?? ctx.requestId;
  const system: ServiceContext = { db: ctx.db, config: ctx.config, now: ctx.now, log: ctx.log };
  if (requestId) system.requestId = requestId;
  await recordAudit({
    ctx: system,
    input: {
      action: 'enrollment.auto_approved',
      targetType: 'enrollment',
      targetId: input.enrollment.id,
      organizationId: input.enrollment.organizationId,
      before: { status: 'pending' },
      after: { status: input.enrollment.status, ruleIndex: input.rule.index, rule: input.rule.rule },
    },
  });
}
