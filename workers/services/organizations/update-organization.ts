import { and, count, eq, inArray } from 'drizzle-orm';
import { memberships, organizations, plans, type Branding } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { organizationChangeAction } from '../../domain/organization-change-action';
import { PAYOUT_ROLES, STRICT_RULE_PEOPLE, strictRuleSatisfiable } from '../../domain/payout-duties';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { assertPlanAllows } from '../plans';
import { actingAdvertiser } from '../access';
import { lockOrganization } from './lock-organization';

export interface OrganizationChanges {
  name?: string | undefined;
  /** Merged into the current branding; null removes a field. */
  branding?: { [K in keyof Branding]?: string | null | undefined } | undefined;
  /** The strict payout rule (proposer, approver and sender are three people). */
  payoutFourEyes?: boolean | undefined;
}

function mergeBranding(current: Branding, patch: NonNullable<OrganizationChanges['branding']>): Branding {
  const next: Record<string, string> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

/** Whether the patch sets a branding value that was not there before. */
function brandingAdds(current: Branding, next: Branding): boolean {
  return (Object.keys(next) as (keyof Branding)[]).some((k) => next[k] && next[k] !== current[k]);
}

/** Turning the strict rule on needs three people who may pay, else no batch could ever be sent. */
async function assertStrictRuleSatisfiable(tx: ServiceContext, organizationId: string) {
  const [row] = await tx.db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, [...PAYOUT_ROLES])));
  const payoutMembers = row?.n ?? 0;
  if (!strictRuleSatisfiable(payoutMembers))
    throw new AppError(
      'payout_rule_unsatisfiable',
      `Three people for payouts needs at least ${STRICT_RULE_PEOPLE} owners or finance members; this organization has ${payoutMembers}. Invite more people first.`,
      { payoutMembers, needed: STRICT_RULE_PEOPLE },
    );
}

/** Renames the tenant's organization, changes its white-label branding or its payout rule. Audited. */
export async function updateOrganization({ ctx, input }: ServiceCall<OrganizationChanges>) {
  const organizationId = actingAdvertiser(ctx).organizationId;
  return inTransaction(ctx, async (tx) => {
    const current = await lockOrganization({ ctx: tx, input: { organizationId } });
    const name = input.name ?? current.name;
    const branding = input.branding ? mergeBranding(current.branding, input.branding) : current.branding;
    const payoutFourEyes = input.payoutFourEyes ?? current.payoutFourEyes;
    if (payoutFourEyes && !current.payoutFourEyes) await assertStrictRuleSatisfiable(tx, organizationId);
    // Setting branding needs a white-label plan; clearing it (or keeping what a downgrade left) never does.
    if (input.branding && brandingAdds(current.branding, branding))
      await assertPlanAllows({ ctx: tx, input: { organizationId, limit: 'whiteLabel' } });
    const [updated] = await tx.db
      .update(organizations)
      .set({ name, branding, payoutFourEyes })
      .where(eq(organizations.id, organizationId))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: organizationChangeAction(
          { name: current.name, branding: current.branding, payoutFourEyes: current.payoutFourEyes },
          { name, branding, payoutFourEyes },
        ),
        targetType: 'organization',
        targetId: organizationId,
        before: { name: current.name, branding: current.branding, payoutFourEyes: current.payoutFourEyes },
        after: { name, branding, payoutFourEyes },
      },
    });
    const [plan] = await tx.db.select({ code: plans.code }).from(plans).where(eq(plans.id, updated!.planId));
    return { organization: updated!, planCode: plan!.code };
  });
}
