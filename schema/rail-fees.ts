import { sql } from 'drizzle-orm';
import { bigint, char, check, index, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { PayoutRail } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { timestamps } from './util/columns';

/**
 * What a payout rail charges an advertiser per item, as the advertiser's owner configured it (its contract
 * with PayPal or Stripe). No row for a rail: the platform's default applies (platform_settings.rail_fees, else
 * the built-in list prices in workers/domain/payout-rails.ts). Integers only: basis points and minor units.
 */
export const organizationRailFees = affiliate.table(
  'organization_rail_fees',
  {
    /** The advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** paypal or stripe. */
    rail: text({ enum: PayoutRail }).notNull(),
    /** The percentage of the item, in basis points (0–10,000). */
    bps: integer().notNull(),
    /** The fixed part per item, in the item currency's minor units. */
    fixedMinor: bigint({ mode: 'number' }).notNull(),
    /** The most one item costs, in capCurrency's minor units; NULL: no cap. */
    capMinor: bigint({ mode: 'number' }),
    /** The currency whose items the cap applies to (ISO 4217). */
    capCurrency: char({ length: 3 }),
    /** The owner who last set it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.rail] }),
    index('organization_rail_fees_updated_by_id_idx').on(t.updatedById),
    checkIn('organization_rail_fees_rail_check', t.rail, PayoutRail),
    check(
      'organization_rail_fees_amounts_check',
      sql`${t.bps} BETWEEN 0 AND 10000 AND ${t.fixedMinor} BETWEEN 0 AND 1000000
          AND (${t.capMinor} IS NULL) = (${t.capCurrency} IS NULL) AND coalesce(${t.capMinor}, 1) BETWEEN 1 AND 1000000`,
    ),
  ],
);

export type OrganizationRailFee = typeof organizationRailFees.$inferSelect;
