import { eq } from 'drizzle-orm';
import { organizations, plans, type Branding } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { assertWhiteLabel } from '../portal/white-label-gate';
import { advertiserOrgId } from '../tenant-scope';

export interface OrganizationChanges {
  name?: string | undefined;
  /** Merged into the current branding; null removes a field. */
  branding?: { [K in keyof Branding]?: string | null | undefined } | undefined;
  /** Four eyes on payouts (proposer, approver and sender are three people). */
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

/** Renames the tenant's organization, changes its white-label branding or its four-eyes rule. Audited. */
export async function updateOrganization({ ctx, input }: ServiceCall<OrganizationChanges>) {
  const organizationId = advertiserOrgId(ctx);
  return inTransaction(ctx, async (tx) => {
    const [current] = await tx.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, organizationId))
      .for('update');
    if (!current) throw new NotFoundError('organization');
    // The brand shows only on a white-label portal, which the plan must include.
    if (input.branding && Object.keys(input.branding).length > 0) await assertWhiteLabel(tx.db, organizationId);
    const name = input.name ?? current.name;
    const branding = input.branding ? mergeBranding(current.branding, input.branding) : current.branding;
    const payoutFourEyes = input.payoutFourEyes ?? current.payoutFourEyes;
    const [updated] = await tx.db
      .update(organizations)
      .set({ name, branding, payoutFourEyes })
      .where(eq(organizations.id, organizationId))
      .returning();
    await recordAudit({
      ctx: tx,
      input: {
        action: 'organization.updated',
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
