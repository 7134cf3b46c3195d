import { bigint, date, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { affiliate } from './pg-schemas';

/**
 * Tracked clicks of an advertiser per calendar month (UTC), the meter the plan's click limit is
 * checked against: accepted clicks plus those marked over the plan. Upserted by click ingest in
 * the same statement as the clicks, so reading it is one row. No foreign key, like the rollups.
 */
export const planClickUsage = affiliate.table(
  'plan_click_usage',
  {
    /** The advertiser. */
    organizationId: uuid().notNull(),
    /** First day of the UTC month. */
    month: date({ mode: 'string' }).notNull(),
    /** Tracked clicks of the month: accepted ones and those refused as over_plan. */
    clicks: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ name: 'plan_click_usage_pkey', columns: [t.organizationId, t.month] })],
);

export type PlanClickUsage = typeof planClickUsage.$inferSelect;
