import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { PayoutScheduleKind } from './enums';
import { organizations } from './organizations';
import { payoutBatches } from './payouts';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, currency, money, timestamps } from './util/columns';

/**
 * When the payout cron proposes a program's balances (workers/domain/payout-schedule.ts). No row: daily, the
 * behaviour before schedules. Finance's "propose now" takes every program's balances whatever the schedule.
 */
export const programPayoutSchedules = affiliate.table(
  'program_payout_schedules',
  {
    /** The program. */
    programId: uuid()
      .primaryKey()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** Its advertiser, so the cron reads one advertiser's schedules at once. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** daily, manual, monthly or threshold. */
    kind: text({ enum: PayoutScheduleKind }).notNull(),
    /** monthly: the day of the month (1–28, UTC) the cron proposes on. */
    dayOfMonth: integer(),
    /** threshold: the balance in the program's currency, minor units, that makes an affiliate due. */
    thresholdMinor: bigint({ mode: 'number' }),
    /** Who last set it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('program_payout_schedules_organization_id_idx').on(t.organizationId),
    index('program_payout_schedules_updated_by_id_idx').on(t.updatedById),
    checkIn('program_payout_schedules_kind_check', t.kind, PayoutScheduleKind),
    check(
      'program_payout_schedules_fields_check',
      sql`(${t.kind} = 'monthly') = (${t.dayOfMonth} IS NOT NULL) AND coalesce(${t.dayOfMonth}, 1) BETWEEN 1 AND 28
          AND (${t.kind} = 'threshold') = (${t.thresholdMinor} IS NOT NULL) AND coalesce(${t.thresholdMinor}, 1) > 0`,
    ),
  ],
);

/**
 * One scheduled proposal of a program's balances in one currency for one period (a month, or a day for a
 * threshold), written in the proposal's own transaction: a second cron run in the period finds it and proposes
 * nothing, and a crash before the commit leaves neither the proposal nor the row.
 */
export const payoutScheduleRuns = affiliate.table(
  'payout_schedule_runs',
  {
    /** The program whose schedule ran. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The currency of the proposal. */
    currency: currency(),
    /** YYYY-MM (monthly) or YYYY-MM-DD (threshold), UTC. */
    period: text().notNull(),
    /** The batch it proposed into; NULL: nobody was due (below the minimum, no payout method). */
    batchId: uuid().references(() => payoutBatches.id, { onDelete: 'set null' }),
    /** When the run proposed (the cron's clock). */
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.currency, t.period] }),
    index('payout_schedule_runs_batch_id_idx').on(t.batchId),
  ],
);

/**
 * The advertiser's auto-approval: a proposed batch in this currency whose total is at or under the limit is
 * approved by the system in the proposal's transaction, without a second person. No row: four-eyes as always.
 */
export const organizationAutoApprovalLimits = affiliate.table(
  'organization_auto_approval_limits',
  {
    /** The advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** ISO 4217 code, upper case. */
    currency: currency(),
    /** The largest batch total approved without a person, in the currency's minor units. */
    limitMinor: money(),
    /** The owner or admin who last set it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.currency] }),
    index('organization_auto_approval_limits_updated_by_id_idx').on(t.updatedById),
    check('organization_auto_approval_limits_check', sql`${t.currency} ~ '^[A-Z]{3}$' AND ${t.limitMinor} > 0`),
  ],
);

export type ProgramPayoutSchedule = typeof programPayoutSchedules.$inferSelect;
export type OrganizationAutoApprovalLimit = typeof organizationAutoApprovalLimits.$inferSelect;
