import { index, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { enrollments } from './enrollments';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

/**
 * The onboarding steps an affiliate reached that leave no trace elsewhere: the brief and the creatives
 * opened, and the advertiser's own steps ticked. Links, clicks and conversions are read from their own
 * tables, never copied here.
 */
export const onboardingProgress = affiliate.table(
  'onboarding_progress',
  {
    /** The affiliate's enrollment in the program. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** Copied from the enrollment, so the funnel reads one program's rows without a join. */
    programId: uuid().notNull(),
    /** Copied from the enrollment, for tenant-scoped reads. */
    organizationId: uuid().notNull(),
    /** The step: brief, creatives, or the id of one of the advertiser's own steps. */
    stepId: text().notNull(),
    /** When the step was first reached; a second view or tick leaves it. */
    reachedAt: timestamptz().notNull(),
  },
  (t) => [
    primaryKey({ name: 'onboarding_progress_pkey', columns: [t.enrollmentId, t.stepId] }),
    index('onboarding_progress_program_id_idx').on(t.programId),
  ],
);

export type OnboardingProgress = typeof onboardingProgress.$inferSelect;
