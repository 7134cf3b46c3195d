import type { ServiceCall } from '../../context';
import { findDefaultGroup } from '../programs';
import { type ApplicationSetup, findApplicationSetup } from './find-application-setup';

/**
 * What an applicant who joins `groupId` is asked; null: the group new members join, the program's
 * default group (a marketplace application, a link that names no group).
 */
export async function findApplicantSetup({
  ctx,
  input,
}: ServiceCall<{ programId: string; groupId: string | null }>): Promise<ApplicationSetup> {
  const groupId = input.groupId ?? (await findDefaultGroup({ ctx, input: { programId: input.programId } })).id;
  return findApplicationSetup({ ctx, input: { programId: input.programId, groupId } });
}
