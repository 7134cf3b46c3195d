import { sql } from 'drizzle-orm';
import { boolean, check, jsonb, smallint, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';
import type { PayoutRail } from './enums';
import { users } from './users';
import { timestamps } from './util/columns';

/** What an install that never saved its settings runs with: manual review, said to take up to 2 business days. */
export const PLATFORM_SETTING_DEFAULTS = { affiliateAutoApproval: false, affiliateReviewDays: 2 } as const;

/** A rail's per-item fee: basis points, a fixed part in the item currency's minor units, an optional cap. */
export interface RailFeeSetting {
  bps: number;
  fixedMinor: number;
  capMinor: number | null;
  capCurrency: string | null;
}

/**
 * Settings of the whole install that its owners change in the platform console. One row at most
 * (`id` is always true); without it the defaults above apply, so a fresh install needs no seed.
 */
export const platformSettings = affiliate.table(
  'platform_settings',
  {
    /** Always true: the table holds a single row. */
    id: boolean().primaryKey().default(true),
    /** Approve every affiliate account as soon as its email is verified, instead of waiting for staff. */
    affiliateAutoApproval: boolean().notNull().default(PLATFORM_SETTING_DEFAULTS.affiliateAutoApproval),
    /** How many business days a manual review usually takes; shown to affiliates who wait. */
    affiliateReviewDays: smallint().notNull().default(PLATFORM_SETTING_DEFAULTS.affiliateReviewDays),
    /**
     * The default per-item fee of each rail for advertisers that set none (validated by the API); NULL, or a
     * rail left out: the built-in list prices of workers/domain/payout-rails.ts.
     */
    railFees: jsonb().$type<Partial<Record<PayoutRail, RailFeeSetting>>>(),
    /** The staff member who last changed them. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    check('platform_settings_single_row_check', sql`${t.id}`),
    check('platform_settings_review_days_check', sql`${t.affiliateReviewDays} BETWEEN 1 AND 30`),
  ],
);

export type PlatformSettings = typeof platformSettings.$inferSelect;
