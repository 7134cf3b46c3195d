import { PLATFORM_SETTING_DEFAULTS, platformSettings } from '../../../schema';
import type { ServiceContext } from '../../context';

export interface PlatformSettingsView {
  affiliateAutoApproval: boolean;
  affiliateReviewDays: number;
  updatedAt: Date | null;
}

/** The install's settings; the defaults while nobody has saved them (the table then has no row). */
export async function readPlatformSettings(
  ctx: Pick<ServiceContext, 'db'>,
  options: { forUpdate?: boolean } = {},
): Promise<PlatformSettingsView> {
  const query = ctx.db.select().from(platformSettings).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row
    ? {
        affiliateAutoApproval: row.affiliateAutoApproval,
        affiliateReviewDays: row.affiliateReviewDays,
        updatedAt: row.updatedAt,
      }
    : { ...PLATFORM_SETTING_DEFAULTS, updatedAt: null };
}
