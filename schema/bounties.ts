import { sql } from 'drizzle-orm';
import { bigint, char, check, foreignKey, index, integer, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { commissions } from './commissions';
import { enrollments } from './enrollments';
import { BountyKind, BountyMetric, BountySubmissionStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * A goal an advertiser sets a program's affiliates, paying a fixed bonus to the first max_winners who
 * reach it between starts_at and ends_at: a performance target (metric ≥ target inside the dates) or
 * a submission (a URL the advertiser approves). Open to every active member of the program, or only to
 * one partner group's members, or only to affiliates the advertiser tagged with `tag`.
 */
export const bounties = affiliate.table(
  'bounties',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program whose members it is open to, and whose currency and hold its bonus takes. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    /** Only members of this group of the program; NULL: no group limit. */
    groupId: uuid(),
    /** Only affiliates carrying this tag (affiliate_tags.tag, lower case); NULL: no tag limit. Never shown to affiliates. */
    tag: text(),
    /** performance or submission. */
    kind: text({ enum: BountyKind }).notNull(),
    /** What affiliates see it called ("Review us on YouTube"). */
    name: text().notNull(),
    /** What to do and how it is judged, shown to affiliates. */
    description: text().notNull().default(''),
    /** Performance: sales, conversions or sale_amount; NULL for a submission bounty. */
    metric: text({ enum: BountyMetric }),
    /** Performance: the count, or minor units of the program's currency for sale_amount. */
    target: bigint({ mode: 'number' }),
    /** The bonus each winner earns, in minor units of `currency`. */
    bonusMinor: bigint({ mode: 'number' }).notNull(),
    /** ISO 4217, the program's (balances and payouts are per currency). */
    currency: char({ length: 3 }).notNull(),
    /** At most this many winners, first come first served; NULL: no limit. */
    maxWinners: integer(),
    /** Open from (inclusive). */
    startsAt: timestamptz().notNull(),
    /** Open until (exclusive): conversions and submissions after it do not count. */
    endsAt: timestamptz().notNull(),
    ...timestamps,
  },
  (t) => [
    index('bounties_organization_id_idx').on(t.organizationId),
    index('bounties_program_id_idx').on(t.programId),
    // The hourly run reads the performance bounties whose dates are not long over.
    index('bounties_performance_ends_at_idx').on(t.endsAt).where(sql`${t.kind} = 'performance'`),
    foreignKey({
      name: 'bounties_group_fk',
      columns: [t.programId, t.groupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }).onDelete('restrict'),
    checkIn('bounties_kind_check', t.kind, BountyKind),
    checkIn('bounties_metric_check', t.metric, BountyMetric),
    check(
      'bounties_terms_check',
      sql`(${t.kind} = 'performance') = (${t.metric} IS NOT NULL) AND (${t.metric} IS NULL) = (${t.target} IS NULL)
        AND ${t.target} > 0 AND ${t.bonusMinor} > 0 AND ${t.maxWinners} > 0 AND ${t.endsAt} > ${t.startsAt}
        AND num_nonnulls(${t.groupId}, ${t.tag}) <= 1`,
    ),
  ],
);

/** Who answered or won a bounty: the columns a submission and an award share. */
const answerColumns = () => ({
  /** The advertiser, copied for tenant-scoped reads. */
  organizationId: uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: 'restrict' }),
  /** The bounty answered or won. */
  bountyId: uuid()
    .notNull()
    .references(() => bounties.id, { onDelete: 'restrict' }),
  /** The affiliate's enrollment in the bounty's program. */
  enrollmentId: uuid()
    .notNull()
    .references(() => enrollments.id, { onDelete: 'restrict' }),
  /** The affiliate who sent it, or won. */
  affiliateId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
});

/**
 * What an affiliate sent for a submission bounty: a URL and a note, approved (it won) or rejected with
 * a reason. After a rejection the affiliate may submit again, a new row; one pending or approved row
 * per bounty and affiliate at most.
 */
export const bountySubmissions = affiliate.table(
  'bounty_submissions',
  {
    /** UUIDv7 primary key. */
    id: id(),
    ...answerColumns(),
    /** Where the work is (an https URL). */
    url: text().notNull(),
    /** The affiliate's note to the reviewer. */
    note: text().notNull().default(''),
    /** pending, approved or rejected. */
    status: text({ enum: BountySubmissionStatus }).notNull().default('pending'),
    /** Why it was rejected, shown to the affiliate. */
    reason: text(),
    /** The member who decided; NULL before, or once that account is gone. */
    reviewedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When it was decided. */
    reviewedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    // One submission in play per affiliate and bounty: a second waits for the first's rejection.
    uniqueIndex('bounty_submissions_open_unique')
      .on(t.bountyId, t.affiliateId)
      .where(sql`${t.status} IN ('pending', 'approved')`),
    index('bounty_submissions_bounty_id_created_at_idx').on(t.bountyId, t.createdAt),
    // The review queue: an advertiser's submissions by status, oldest first.
    index('bounty_submissions_organization_id_status_created_at_idx').on(t.organizationId, t.status, t.createdAt),
    index('bounty_submissions_enrollment_id_idx').on(t.enrollmentId),
    index('bounty_submissions_affiliate_id_idx').on(t.affiliateId),
    index('bounty_submissions_reviewed_by_id_idx').on(t.reviewedById),
    checkIn('bounty_submissions_status_check', t.status, BountySubmissionStatus),
    check('bounty_submissions_reason_check', sql`(${t.status} = 'rejected') = (${t.reason} IS NOT NULL)`),
  ],
);

/**
 * A bounty won: one per bounty and enrollment (the unique pair is what pays a winner exactly once),
 * naming the `bounty` commission line that pays it. Written in the transaction that books the line,
 * under the bounty's row lock, which is what keeps the winners within max_winners.
 */
export const bountyAwards = affiliate.table(
  'bounty_awards',
  {
    /** UUIDv7 primary key. */
    id: id(),
    ...answerColumns(),
    /** The approved submission that won it; NULL for a performance bounty. */
    submissionId: uuid().references(() => bountySubmissions.id, { onDelete: 'restrict' }),
    /** The bonus line (kind bounty) that pays it. */
    commissionId: uuid()
      .notNull()
      .references(() => commissions.id, { onDelete: 'restrict' }),
    /** Performance: the total when it was awarded; NULL for a submission. */
    value: bigint({ mode: 'number' }),
    /** When it was won. */
    createdAt: createdAt(),
  },
  (t) => [
    // Leads with bounty_id, so it also serves as that foreign key's index.
    unique('bounty_awards_bounty_id_enrollment_id_unique').on(t.bountyId, t.enrollmentId),
    unique('bounty_awards_commission_id_unique').on(t.commissionId),
    index('bounty_awards_enrollment_id_idx').on(t.enrollmentId),
    index('bounty_awards_affiliate_id_idx').on(t.affiliateId),
    index('bounty_awards_organization_id_idx').on(t.organizationId),
    index('bounty_awards_submission_id_idx').on(t.submissionId),
  ],
);

export type Bounty = typeof bounties.$inferSelect;
export type NewBounty = typeof bounties.$inferInsert;
export type BountySubmission = typeof bountySubmissions.$inferSelect;
export type BountyAward = typeof bountyAwards.$inferSelect;
