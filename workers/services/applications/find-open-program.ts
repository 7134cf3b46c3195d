import { and, eq, inArray } from 'drizzle-orm';
import { organizations, programs } from '../../../schema';
import type { ProgramVisibility } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { NotFoundError } from '../../errors/app-error';
import { portalScope } from '../access';

export interface OpenProgram {
  id: string;
  name: string;
  organizationId: string;
  visibility: ProgramVisibility;
}

/**
 * A program an affiliate may apply to from the marketplace: active, public or by approval, of an active
 * advertiser (on a white-label portal, only that advertiser's). Invite-only, inactive and unknown
 * programs are all the same not_found.
 */
export async function findOpenProgramOrThrow({ ctx, input }: ServiceCall<{ programId: string }>): Promise<OpenProgram> {
  const [program] = await ctx.db
    .select({
      id: programs.id,
      name: programs.name,
      organizationId: programs.organizationId,
      visibility: programs.visibility,
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .where(
      and(
        eq(programs.id, input.programId),
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        eqIf(programs.organizationId, portalScope(ctx)),
      ),
    );
  if (!program) throw new NotFoundError('program', input.programId);
  return program;
}
