import { eq } from 'drizzle-orm';
import { plans, type Plan } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { requirePlatformOwner } from '../access';
import { recordAudit } from '../audit';
import { auditedPlan, PLAN_CODE_TAKEN, type PlanSettings } from './create-plan';

export type PlanChanges = { [K in keyof PlanSettings]?: PlanSettings[K] | undefined } & {
  /** true: no longer offered (subscribers keep it); false: offered again. */
  archived?: boolean | undefined;
};

/**
 * The platform owner changes a plan's prices, limits or name, or archives it. Organizations on
 * it are never moved: a lowered limit keeps their data and refuses only new growth. Audited as
 * plan.updated, plan.archived or plan.restored.
 */
export async function updatePlan({ ctx, input }: ServiceCall<{ planId: string; changes: PlanChanges }>): Promise<Plan> {
  requirePlatformOwner(ctx);
  const { archived, ...fields } = input.changes;
  return mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const [before] = await tx.db.select().from(plans).where(eq(plans.id, input.planId)).for('update');
        if (!before) throw new NotFoundError('plan', input.planId);
        const archivedAt = archived === undefined ? before.archivedAt : archived ? (before.archivedAt ?? tx.now) : null;
        const [after] = await tx.db
          .update(plans)
          .set({ ...fields, archivedAt })
          .where(eq(plans.id, before.id))
          .returning();
        const action =
          archivedAt && !before.archivedAt
            ? 'plan.archived'
            : !archivedAt && before.archivedAt
              ? 'plan.restored'
              : 'plan.updated';
        await recordAudit({
          ctx: tx,
          input: {
            action,
            targetType: 'plan',
            targetId: before.id,
            organizationId: null,
            before: auditedPlan(before),
            after: auditedPlan(after!),
          },
        });
        return after!;
      }),
    PLAN_CODE_TAKEN,
  );
}
