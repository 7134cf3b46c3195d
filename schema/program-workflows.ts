import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, foreignKey, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { WorkflowMetric, WorkflowOp } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programGroups } from './program-groups';
import { programs } from './programs';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/**
 * A program's workflow: when an enrollment's total (metric over the last window_days, or lifetime
 * when NULL) is >= threshold (op gte, the way up) or < threshold (op lt, the way down), move it to
 * a group, award a bonus and/or send the affiliate a message. Evaluated after each settled
 * conversion and by the hourly cron; workflow_crossings makes each crossing act once. Deleting a
 * group deletes the workflows that scope to it or move into it, which could no longer do their job.
 */
export const programWorkflows = affiliate.table(
  'program_workflows',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The program's advertiser, copied so tenant-scoped queries need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The program whose enrollments it watches. */
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** What staff call it ("Gold after 20 sales a month"). */
    name: text().notNull(),
    /** A disabled workflow is kept but never fires. */
    enabled: boolean().notNull().default(true),
    /** sales, conversions, revenue_minor or commission_minor (the program's currency). */
    metric: text({ enum: WorkflowMetric }).notNull(),
    /** gte (reaches the threshold) or lt (falls below it). */
    op: text({ enum: WorkflowOp }).notNull(),
    /** A count, or minor units of the program's currency for the money metrics. */
    threshold: bigint({ mode: 'number' }).notNull(),
    /** The window in days ending now; NULL: lifetime. */
    windowDays: integer(),
    /** Only members of this group are evaluated; NULL: every member of the program. */
    scopeGroupId: uuid(),
    /** Action: move the enrollment to this group of the program. */
    moveToGroupId: uuid(),
    /** Action: a one-off bonus line of this amount, in bonus_currency. */
    bonusMinor: bigint({ mode: 'number' }),
    /** The bonus's ISO 4217 currency: the program's. */
    bonusCurrency: char({ length: 3 }),
    /** Action: a message to the affiliate, in English (and for readers of a language without its own text). */
    messageEn: text(),
    /** The message in Russian; NULL: Russian readers get the English text. */
    messageRu: text(),
    ...timestamps,
  },
  (t) => [
    index('program_workflows_program_id_idx').on(t.programId),
    index('program_workflows_organization_id_idx').on(t.organizationId),
    // Groups of the same program only: the composite target is program_groups (program_id, id).
    foreignKey({
      name: 'program_workflows_scope_group_fk',
      columns: [t.programId, t.scopeGroupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'program_workflows_move_to_group_fk',
      columns: [t.programId, t.moveToGroupId],
      foreignColumns: [programGroups.programId, programGroups.id],
    }).onDelete('cascade'),
    checkIn('program_workflows_metric_check', t.metric, WorkflowMetric),
    checkIn('program_workflows_op_check', t.op, WorkflowOp),
    check(
      'program_workflows_terms_check',
      sql`${t.threshold} >= 0 AND ${t.windowDays} > 0 AND ${t.bonusMinor} > 0 AND (${t.bonusMinor} IS NULL) = (${t.bonusCurrency} IS NULL)`,
    ),
    // A workflow does something: it moves, pays or tells.
    check(
      'program_workflows_action_check',
      sql`${t.moveToGroupId} IS NOT NULL OR ${t.bonusMinor} IS NOT NULL OR ${t.messageEn} IS NOT NULL`,
    ),
  ],
);

export type ProgramWorkflow = typeof programWorkflows.$inferSelect;
export type NewProgramWorkflow = typeof programWorkflows.$inferInsert;
