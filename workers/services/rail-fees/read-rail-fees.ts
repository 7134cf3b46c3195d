import { eq } from 'drizzle-orm';
import { organizationRailFees } from '../../../schema';
import type { ServiceCall } from '../../context';
import { effectiveRailFees, type RailFee, type RailFees } from '../../domain/payout-rails';
import { readPlatformSettings } from '../platform-settings';

export interface OrgRailFees {
  /** What each rail costs this organization per item now. */
  fees: RailFees;
  /** Where each came from: its own setting, the platform's default, or the built-in list price. */
  source: Record<keyof RailFees, 'organization' | 'platform' | 'built_in'>;
  /** The organization's own settings (a rail left out follows the default). */
  own: Partial<RailFees>;
  /** What applies without an own setting. */
  defaults: RailFees;
}

const feeOf = (row: typeof organizationRailFees.$inferSelect): RailFee => ({
  bps: row.bps,
  fixedMinor: row.fixedMinor,
  capMinor: row.capMinor,
  capCurrency: row.capCurrency,
});

/** The rail fees an organization pays per item: its own per rail, else the platform's, else the built-in ones. */
export async function readRailFees({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<OrgRailFees> {
  const rows = await ctx.db
    .select()
    .from(organizationRailFees)
    .where(eq(organizationRailFees.organizationId, input.organizationId));
  const own: Partial<RailFees> = Object.fromEntries(rows.map((r) => [r.rail, feeOf(r)]));
  const platform = (await readPlatformSettings({ ctx, input: undefined })).railFees;
  return { ...effectiveRailFees(own, platform), own, defaults: effectiveRailFees({}, platform).fees };
}
