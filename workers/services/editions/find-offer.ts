import { and, eq, inArray } from 'drizzle-orm';
import { editionSettings, enrollments, type EditionSettings } from '../../../schema';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';

/** The app's edition offer when it is switched on with a program; editions_not_offered otherwise. */
export async function findOfferOrThrow(db: Executor, organizationId: string, appId: string): Promise<EditionSettings> {
  const [row] = await db
    .select()
    .from(editionSettings)
    .where(and(eq(editionSettings.appId, appId), eq(editionSettings.organizationId, organizationId)));
  if (!row?.enabled || !row.programId)
    throw new AppError('editions_not_offered', 'This app does not offer branded editions');
  return row;
}

/** The affiliate's active enrollment in the offer's program, which an edition earns through. */
export async function activeEnrollmentOrThrow(
  db: Executor,
  settings: EditionSettings,
  affiliateId: string,
): Promise<{ id: string; refCode: string }> {
  const [row] = await db
    .select({ id: enrollments.id, refCode: enrollments.refCode })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.programId, settings.programId!),
        eq(enrollments.affiliateId, affiliateId),
        inArray(enrollments.status, ['active']),
      ),
    );
  if (!row)
    throw new AppError(
      'edition_needs_enrollment',
      'Join the app’s program (and be approved) before making an edition of it',
    );
  return row;
}
