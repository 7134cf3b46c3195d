import type { Plan } from '../../../schema';
import { plans } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { suggestedYearlyPrice } from '../../domain/plan-limits';
import { mapConstraintErrors } from '../../errors/constraint-error';
import { requirePlatformOwner } from '../access';
import { recordAudit } from '../audit';

export interface PlanSettings {
  code: string;
  name: string;
  monthlyPriceMinor: number;
  /** Omitted: twelve months less 20 % (suggestedYearlyPrice). */
  yearlyPriceMinor?: number | undefined;
  currency: string;
  /** Every numeric limit: null means unlimited. */
  maxClicksMonthly: number | null;
  maxPrograms: number | null;
  maxAffiliates: number | null;
  customDomains: number | null;
  /** Omitted on create: unlimited. */
  maxCampaignSendsMonthly?: number | null | undefined;
  /** Omitted on create: unlimited. */
  maxEditions?: number | null | undefined;
  whiteLabel: boolean;
}

/** What the audit log keeps of a plan: everything the owner sets. */
export const auditedPlan = (p: Plan) => ({
  code: p.code,
  name: p.name,
  monthlyPriceMinor: p.monthlyPriceMinor,
  yearlyPriceMinor: p.yearlyPriceMinor,
  currency: p.currency,
  maxClicksMonthly: p.maxClicksMonthly,
  maxPrograms: p.maxPrograms,
  maxAffiliates: p.maxAffiliates,
  customDomains: p.customDomains,
  maxCampaignSendsMonthly: p.maxCampaignSendsMonthly,
  maxEditions: p.maxEditions,
  whiteLabel: p.whiteLabel,
  archivedAt: p.archivedAt,
});

export const PLAN_CODE_TAKEN = { plans_code_unique: 'Another plan has that code' };

/** The platform owner adds a plan (any free slug as its code). Audited. */
export async function createPlan({ ctx, input }: ServiceCall<PlanSettings>): Promise<Plan> {
  requirePlatformOwner(ctx);
  return mapConstraintErrors(
    () =>
      inTransaction(ctx, async (tx) => {
        const [row] = await tx.db
          .insert(plans)
          .values({
            ...input,
            yearlyPriceMinor: input.yearlyPriceMinor ?? suggestedYearlyPrice(input.monthlyPriceMinor),
          })
          .returning();
        await recordAudit({
          ctx: tx,
          input: {
            action: 'plan.created',
            targetType: 'plan',
            targetId: row!.id,
            organizationId: null,
            after: auditedPlan(row!),
          },
        });
        return row!;
      }),
    PLAN_CODE_TAKEN,
  );
}
