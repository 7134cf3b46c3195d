import { and, eq } from 'drizzle-orm';
import { organizationRailFees } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { RAILS, type RailFee, type RailFees } from '../../domain/payout-rails';
import { actingAdvertiser, actorId } from '../access';
import { recordAudit } from '../audit';
import { type OrgRailFees, readRailFees } from './read-rail-fees';

/**
 * The owner sets what each rail costs the organization per item (its own contract with the provider); null
 * for a rail returns it to the platform's default. Items already proposed keep the fee they were proposed
 * with; the next proposal uses these. Audited with the settings before and after.
 */
export async function setOrgRailFees({
  ctx,
  input,
}: ServiceCall<Record<keyof RailFees, RailFee | null>>): Promise<OrgRailFees> {
  const { organizationId } = actingAdvertiser(ctx);
  const userId = actorId(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.db
      .select()
      .from(organizationRailFees)
      .where(eq(organizationRailFees.organizationId, organizationId))
      .for('update');
    for (const rail of RAILS) {
      const fee = input[rail];
      if (fee === null) {
        await tx.db
          .delete(organizationRailFees)
          .where(and(eq(organizationRailFees.organizationId, organizationId), eq(organizationRailFees.rail, rail)));
        continue;
      }
      const values = { ...fee, updatedById: userId, updatedAt: tx.now };
      await tx.db
        .insert(organizationRailFees)
        .values({ organizationId, rail, ...values })
        .onConflictDoUpdate({ target: [organizationRailFees.organizationId, organizationRailFees.rail], set: values });
    }
    const after = await readRailFees({ ctx: tx, input: { organizationId } });
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_rail_fees.updated',
        targetType: 'organization',
        targetId: organizationId,
        organizationId,
        before: Object.fromEntries(
          before.map((r) => [
            r.rail,
            { bps: r.bps, fixedMinor: r.fixedMinor, capMinor: r.capMinor, capCurrency: r.capCurrency },
          ]),
        ),
        after: after.own,
      },
    });
    return after;
  });
}
