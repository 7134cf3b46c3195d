import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findEnrollmentRowOrThrow, type EnrollmentRow } from './find-enrollment';

export async function getEnrollment({ ctx, input }: ServiceCall<{ enrollmentId: string }>): Promise<EnrollmentRow> {
  return findEnrollmentRowOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, enrollmentId: input.enrollmentId },
  });
}
