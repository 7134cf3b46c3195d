import { platformSettings } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import type { RailFees } from '../../domain/payout-rails';
import { recordAudit } from '../audit';
import { actorId } from '../access';
import { type PlatformSettingsView, readPlatformSettings } from './read-platform-settings';

export interface PlatformSettingsChanges {
  affiliateAutoApproval?: boolean | undefined;
  affiliateReviewDays?: number | undefined;
  /** The rails' default fees; null: back to the built-in ones. */
  railFees?: Partial<RailFees> | null | undefined;
}

/**
 * Platform owners and admins change the install's settings; fields left out keep their value.
 * Audited with the values before and after when something changed. Turning auto-approval on
 * approves accounts verified from then on; those already waiting stay for staff to decide.
 */
export async function updatePlatformSettings({
  ctx,
  input,
}: ServiceCall<PlatformSettingsChanges>): Promise<PlatformSettingsView> {
  const staffId = actorId(ctx);
  return inTransaction(ctx, async (tx) => {
    // The row lock keeps two saves from interleaving; on a fresh install the primary key does.
    const before = await readPlatformSettings({ ctx: tx, input: { forUpdate: true } });
    const after = {
      affiliateAutoApproval: input.affiliateAutoApproval ?? before.affiliateAutoApproval,
      affiliateReviewDays: input.affiliateReviewDays ?? before.affiliateReviewDays,
      railFees: input.railFees === undefined ? before.railFees : input.railFees,
    };
    const [row] = await tx.db
      .insert(platformSettings)
      .values({ id: true, ...after, updatedById: staffId })
      .onConflictDoUpdate({ target: platformSettings.id, set: { ...after, updatedById: staffId, updatedAt: tx.now } })
      .returning();
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
      (k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]),
    );
    if (changed.length > 0)
      await recordAudit({
        ctx: tx,
        input: {
          action: 'platform.settings_updated',
          targetType: 'platform_settings',
          targetId: null,
          organizationId: null,
          before: Object.fromEntries(changed.map((k) => [k, before[k]])),
          after: Object.fromEntries(changed.map((k) => [k, after[k]])),
        },
      });
    return { ...after, updatedAt: row!.updatedAt };
  });
}
