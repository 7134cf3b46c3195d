import { PLATFORM_SETTING_DEFAULTS, platformSettings } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { RailFees } from '../../domain/payout-rails';

export interface PlatformSettingsView {
  affiliateAutoApproval: boolean;
  affiliateReviewDays: number;
  /** The default fee of each rail for organizations that set none; null or a rail left out: the built-in one. */
  railFees: Partial<RailFees> | null;
  updatedAt: Date | null;
}

/** The install's settings; the defaults while nobody has saved them (the table then has no row). */
export async function readPlatformSettings({
  ctx,
  input: options = {},
}: ServiceCall<{ forUpdate?: boolean } | undefined>): Promise<PlatformSettingsView> {
  const query = ctx.db.select().from(platformSettings).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row
    ? {
        affiliateAutoApproval: row.affiliateAutoApproval,
        affiliateReviewDays: row.affiliateReviewDays,
        railFees: row.railFees ?? null,
        updatedAt: row.updatedAt,
      }
    : { ...PLATFORM_SETTING_DEFAULTS, railFees: null, updatedAt: null };
}
