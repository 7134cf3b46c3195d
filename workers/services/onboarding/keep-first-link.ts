import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * Before a link is deleted, inside the deletion's transaction: keeps when the enrollment made its first
 * link, so the onboarding step stays reached after its links are gone. While links exist they are the
 * record (readReachedSteps); this row is written only when one goes, and never moves an earlier time.
 */
export async function keepFirstLink({ ctx, input }: ServiceCall<{ enrollmentId: string }>): Promise<void> {
  await ctx.db.execute(sql`
    INSERT INTO affiliate.onboarding_progress (enrollment_id, program_id, organization_id, step_id, reached_at)
    SELECT enrollment_id, program_id, organization_id, 'link', min(created_at)
    FROM affiliate.links WHERE enrollment_id = ${input.enrollmentId}::uuid
    GROUP BY enrollment_id, program_id, organization_id
    ON CONFLICT (enrollment_id, step_id) DO NOTHING`);
}
