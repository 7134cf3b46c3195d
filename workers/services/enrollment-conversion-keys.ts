import type { Enrollment, Program } from '../../schema';

/**
 * The columns that tie a conversion the platform writes itself (a workflow's bonus, a day's click credit)
 * to the enrollment it pays: no partner app reported it, so they come from the program and enrollment.
 */
export const enrollmentConversionKeys = (
  program: Pick<Program, 'id' | 'organizationId' | 'appId'>,
  enrollment: Pick<Enrollment, 'id' | 'affiliateId'>,
) => ({
  organizationId: program.organizationId,
  appId: program.appId,
  programId: program.id,
  enrollmentId: enrollment.id,
  affiliateId: enrollment.affiliateId,
});
