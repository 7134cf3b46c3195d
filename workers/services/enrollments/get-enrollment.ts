import type { ServiceCall } from '../../context';
import { advertiserOrgId } from '../tenant-scope';
import { findEnrollmentRowOrThrow, type EnrollmentRow } from './find-enrollment';

export async function getEnrollment({ ctx, input }: ServiceCall<{ enrollmentId: string }>): Promise<EnrollmentRow> {
  return findEnrollmentRowOrThrow(ctx.db, advertiserOrgId(ctx), input.enrollmentId);
}
