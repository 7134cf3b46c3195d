import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { CommissionType, GroupColor, RecurringMode } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, createdAt, id, timestamps } from './util/columns';

/**
 * A partner group's reward rules as they were from one change to the next, never updated: each
 * commission line decided by rules names the set it was decided against (its calculation's
 * `rewardRuleSet`) and stores its verdicts without words, which are written from this set when the line
 * is read, however the group's rules changed since or if the group was deleted. Written only by the
 * program_groups_rule_set trigger (migration 0077), whatever changes a group's rules.
 */
export const rewardRuleSets = affiliate.table(
  'reward_rule_sets',
  {
    /** Random UUID primary key (gen_random_uuid() in the trigger). */
    id: uuid().primaryKey(),
    /** The group's advertiser: a line is explained only from a set of its own advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The group whose rules these were (no foreign key: the set outlives a deleted group). */
    groupId: uuid().notNull(),
    /** The group's `reward_rules` as they were. */
    rules: jsonb().$type<object[]>().notNull(),
    /** When the rules were set so. */
    createdAt: createdAt(),
  },
  (t) => [index('reward_rule_sets_group_id_idx').on(t.groupId)],
);

export type RewardRuleSet = typeof rewardRuleSets.$inferSelect;

/**
 * A partner group of a program: the terms its members earn where they differ from the program's.
 * Every program has exactly one default group (is_default; the programs_default_group trigger
 * creates it with the program, so no way of making a program can forget it), and every enrollment
 * belongs to one group of its own program. A NULL term means "the program's": the default group of an existing
 * program starts with all of them NULL, so moving the terms here changed no commission.
 */
export const programGroups = affiliate.table(
  'program_groups',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program the group belongs to. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The name affiliates see ("Gold partners"), unique per program. */
    name: text().notNull(),
    /** A badge colour affiliates and staff see. */
    color: text({ enum: GroupColor }).notNull().default('gray'),
    /** What the group is for, shown to its members. */
    description: text(),
    /** The group new enrollments join unless a registration link names another. */
    isDefault: boolean().notNull().default(false),
    /** percent, fixed or hybrid; NULL: the program's commission type. */
    commissionType: text({ enum: CommissionType }),
    /** Percentage commission in basis points; NULL: the program's rate. */
    commissionRateBps: basisPoints(),
    /** Fixed commission in minor units of the program's currency; NULL: the program's. */
    commissionFixedMinor: bigint({ mode: 'number' }),
    /** none, months or lifetime; NULL: the program's recurring mode (and months). */
    recurringMode: text({ enum: RecurringMode }),
    /** How many months rebills earn when the group's recurring_mode is months. */
    recurringMonths: integer(),
    /** Commission rate on rebills in basis points; NULL: the program's recurring rate. */
    recurringRateBps: basisPoints(),
    /** Upline rates in basis points (level 1 first); NULL: the program's. */
    multiLevelRatesBps: integer().array(),
    /** Days a commission stays pending; NULL: the program's hold days. */
    holdDays: integer(),
    /**
     * Rewards that apply when their conditions hold, as the API's zod schema accepted them (domain's
     * RewardRule; the floor does not import it); when several match an event, the one paying most
     * wins. Empty: the group's reward for every event.
     */
    rewardRules: jsonb().$type<object[]>().notNull().default([]),
    /**
     * Caps on what each member earns in the program per UTC calendar day, ISO week, month or in total
     * (domain's SpendLimit, as the API's zod schema accepted them); a line over a cap is cut, to zero
     * if need be, and its calculation says which cap. Empty: no cap.
     */
    spendLimits: jsonb().$type<object[]>().notNull().default([]),
    /**
     * The referred customer's discount for the group's members (domain's DiscountTerms), or
     * `{"type":"none"}` for no discount whatever the program gives; NULL: the program's discount.
     */
    discount: jsonb().$type<object>(),
    /**
     * Bumped by every change to the row (the program_groups_version trigger, however the row is updated), and
     * recorded on each commission computed from these terms.
     */
    version: integer().notNull().default(1),
    /**
     * The reward_rule_sets row holding the current `reward_rules`: set by the program_groups_rule_set trigger
     * whenever they change (never by hand), and recorded on each line the rules decide; the Worker's cache of a
     * group's rules trusts it.
     */
    rewardRuleSetId: uuid().references(() => rewardRuleSets.id, { onDelete: 'restrict' }),
    ...timestamps,
  },
  (t) => [
    unique('program_groups_program_id_name_unique').on(t.programId, t.name),
    // The target of enrollments' (program_id, group_id) foreign key: a member's group is of its program.
    unique('program_groups_program_id_id_unique').on(t.programId, t.id),
    uniqueIndex('program_groups_one_default_idx').on(t.programId).where(sql`${t.isDefault}`),
    index('program_groups_organization_id_idx').on(t.organizationId),
    checkIn('program_groups_color_check', t.color, GroupColor),
    checkIn('program_groups_commission_type_check', t.commissionType, CommissionType),
    checkIn('program_groups_recurring_mode_check', t.recurringMode, RecurringMode),
    checkBasisPoints('program_groups_commission_rate_bps_check', t.commissionRateBps),
    checkBasisPoints('program_groups_recurring_rate_bps_check', t.recurringRateBps),
    check('program_groups_discount_check', sql`jsonb_typeof(${t.discount}) = 'object'`),
    check(
      'program_groups_terms_check',
      sql`${t.commissionFixedMinor} >= 0 AND ${t.holdDays} >= 0 AND ${t.recurringMonths} > 0`,
    ),
  ],
);

export type ProgramGroup = typeof programGroups.$inferSelect;
export type NewProgramGroup = typeof programGroups.$inferInsert;
