import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { limitByIp } from '../access';
import { findRecruiter } from './find-recruiter';

/**
 * What the public sign-up page shows for `?recruit=`: the referrer's first name, nothing else.
 * Limited per client IP like the other public auth calls, so codes cannot be enumerated cheaply.
 */
export async function lookUpRecruitCode({
  ctx,
  input,
}: ServiceCall<{ code: string }>): Promise<{ referrerFirstName: string | null }> {
  await limitByIp({ ctx, input: { action: 'recruit_lookup' } });
  const recruiter = await findRecruiter({ ctx, input: { code: input.code } });
  if (!recruiter) throw new AppError('recruit_code_invalid', 'This recruit link is not valid');
  return { referrerFirstName: recruiter.firstName };
}
