import type { ServiceCall } from '../../context';
import { findGroupOrThrow, findProgramOrThrow } from '../programs';

/**
 * The advertiser's own program (and group, when one is named) a page belongs to; another tenant's is the same
 * not_found as a missing one. `lock` holds the program's row, so two saves or publications go one after another.
 */
export async function resolvePageTarget({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; programId: string; groupId?: string | undefined; lock?: boolean }>): Promise<{
  programId: string;
  groupId: string | null;
}> {
  const program = await findProgramOrThrow({
    ctx,
    input: { organizationId: input.organizationId, programId: input.programId, lock: input.lock ?? false },
  });
  if (!input.groupId) return { programId: program.id, groupId: null };
  const group = await findGroupOrThrow({
    ctx,
    input: { organizationId: input.organizationId, programId: program.id, groupId: input.groupId },
  });
  return { programId: program.id, groupId: group.id };
}
