import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, jsonb, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { conversions } from './conversions';
import { enrollments } from './enrollments';
import { CommissionKind, CommissionStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, currency, id, money, timestamps, timestamptz } from './util/columns';

/**
 * What a conversion earns one beneficiary: the direct affiliate (level 0) or an upline (1..3). A
 * CPC click credit (a conversion of type click) earns one level-0 line: its clicks × the rate.
 * A refund after payout cannot un-pay, so it books a negative `adjustment` that nets against the
 * beneficiary's next payout, pointing at the commission it reverses.
 */
export const commissions = affiliate.table(
  'commissions',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The conversion that earned it; NULL only for an opening balance or a bounty's bonus, which no conversion earned. */
    conversionId: uuid().references(() => conversions.id, { onDelete: 'restrict' }),
    /** The advertiser who owes it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program whose terms computed it. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    /** The affiliate who earns it (the direct affiliate or an upline). */
    beneficiaryId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The direct affiliate's enrollment; NULL for upline lines, whose beneficiary may not be enrolled. */
    enrollmentId: uuid().references(() => enrollments.id, { onDelete: 'restrict' }),
    /** 0 for the direct affiliate, 1 to 3 for the uplines above them. */
    level: smallint().notNull().default(0),
    /** commission, adjustment, bonus, opening_balance or bounty (see CommissionKind). */
    kind: text({ enum: CommissionKind }).notNull().default('commission'),
    /** Amount in minor units; negative only for an adjustment. */
    amountMinor: money(),
    /** ISO 4217 currency, the program's. */
    currency: currency(),
    /** The rate applied in basis points; NULL for a fixed amount. */
    rateBps: basisPoints(),
    /**
     * pending (in its hold period), approved (payable), in_payout (in a proposed or sent payout),
     * paid, rejected (its conversion was rejected) or reversed (refunded or cancelled before payout).
     */
    status: text({ enum: CommissionStatus }).notNull().default('pending'),
    /** End of the hold period, after which a pending commission is approved. */
    holdUntil: timestamptz().notNull(),
    /** When it became payable. */
    approvedAt: timestamptz(),
    /** When its payout item was paid. */
    paidAt: timestamptz(),
    /** When it was reversed. */
    reversedAt: timestamptz(),
    /** Why it was rejected, reversed or adjusted. */
    reason: text(),
    /**
     * The rule inputs the amount was computed from (model, type, rates, base amount, level,
     * program version), so advertiser and affiliate can both see why it is what it is.
     */
    calculation: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /**
     * For an opening balance: `{source}:{the source's commission id}`, unique per advertiser, so an
     * import run twice never books the same carried-over commission twice.
     */
    importRef: text(),
    /**
     * For a bounty's bonus: `{bounty id}:{enrollment id}`, unique, so a bounty pays each enrollment
     * once whatever retries or concurrent evaluations happen; its bounty award names the line.
     */
    bountyRef: text(),
    /** For an adjustment: the paid commission it takes back. */
    reversesCommissionId: uuid().references((): AnyPgColumn => commissions.id, {
      onDelete: 'restrict',
    }),
    ...timestamps,
  },
  (t) => [
    // The idempotency key; leads with conversion_id, so it also serves as that foreign key's index.
    unique('commissions_conversion_id_beneficiary_id_level_kind_unique').on(
      t.conversionId,
      t.beneficiaryId,
      t.level,
      t.kind,
    ),
    // Balances per affiliate, advertiser and currency; leads with beneficiary_id (its FK index).
    index('commissions_balance_idx').on(t.beneficiaryId, t.organizationId, t.currency, t.status),
    index('commissions_organization_id_created_at_idx').on(t.organizationId, t.createdAt),
    index('commissions_program_id_idx').on(t.programId),
    // An affiliate's totals over a window (reward rules, workflows) read a range of its lines by time.
    index('commissions_enrollment_id_created_at_idx').on(t.enrollmentId, t.createdAt),
    index('commissions_reverses_commission_id_idx').on(t.reversesCommissionId),
    // The cron's hold release: pending rows whose hold is over.
    index('commissions_pending_hold_until_idx').on(t.holdUntil).where(sql`${t.status} = 'pending'`),
    unique('commissions_organization_id_import_ref_unique').on(t.organizationId, t.importRef),
    unique('commissions_bounty_ref_unique').on(t.bountyRef),
    // Every line but an opening balance or a bounty's bonus was earned by a conversion; an opening
    // balance names its import, a bounty's bonus its bounty and enrollment.
    check(
      'commissions_conversion_check',
      sql`(${t.kind} IN ('opening_balance', 'bounty')) = (${t.conversionId} IS NULL) AND (${t.kind} = 'opening_balance') = (${t.importRef} IS NOT NULL) AND (${t.kind} = 'bounty') = (${t.bountyRef} IS NOT NULL)`,
    ),
    checkIn('commissions_kind_check', t.kind, CommissionKind),
    checkIn('commissions_status_check', t.status, CommissionStatus),
    checkBasisPoints('commissions_rate_bps_check', t.rateBps),
    check('commissions_level_check', sql`${t.level} BETWEEN 0 AND 3`),
    check('commissions_amount_minor_check', sql`${t.amountMinor} >= 0 OR ${t.kind} = 'adjustment'`),
  ],
);

export type Commission = typeof commissions.$inferSelect;
export type NewCommission = typeof commissions.$inferInsert;
