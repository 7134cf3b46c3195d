import { jsonb, text, unique, uuid, index, bigint } from 'drizzle-orm/pg-core';
import { enrollments } from './enrollments';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programWorkflows } from './program-workflows';
import { createdAt, id } from './util/columns';

/**
 * One workflow firing for one enrollment. The unique (workflow_id, enrollment_id, crossing_key) is
 * what makes a crossing act exactly once: the row is inserted ON CONFLICT DO NOTHING in the
 * transaction that performs the actions, so of two evaluations racing (a retried conversion, two
 * concurrent ones, the cron) only the one that inserted acts. The key (domain/workflow-evaluation.ts):
 * `lifetime` for a lifetime window (once ever), `p{n}` for a window of N days (once per period n =
 * floor(days since 1970-01-01 / N), so a monthly target can pay again the next period).
 */
export const workflowCrossings = affiliate.table(
  'workflow_crossings',
  {
    /** UUIDv7 primary key; a bonus's conversion event id is `workflow:{id}`. */
    id: id(),
    /** The advertiser, copied for tenant-scoped reads. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The workflow that fired; its crossings go with it. */
    workflowId: uuid()
      .notNull()
      .references(() => programWorkflows.id, { onDelete: 'cascade' }),
    /** The enrollment it fired for. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** Which crossing this is (see above). */
    crossingKey: text().notNull(),
    /** The total that crossed the threshold. */
    value: bigint({ mode: 'number' }).notNull(),
    /** What it did: the group it moved from and to, the bonus conversion, whether a message went. */
    outcome: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** When it fired. */
    createdAt: createdAt(),
  },
  (t) => [
    // Leads with workflow_id, so it also serves as that foreign key's index.
    unique('workflow_crossings_once_unique').on(t.workflowId, t.enrollmentId, t.crossingKey),
    index('workflow_crossings_enrollment_id_idx').on(t.enrollmentId),
    index('workflow_crossings_organization_id_idx').on(t.organizationId),
  ],
);

export type WorkflowCrossing = typeof workflowCrossings.$inferSelect;
