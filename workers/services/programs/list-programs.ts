import { and, desc, eq, lt } from 'drizzle-orm';
import { programs, type Program } from '../../../schema';
import type { ProgramStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface ListProgramsInput {
  status?: ProgramStatus | undefined;
  appId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** The tenant's programs, newest first; one row more than `limit` tells the caller there is a next page. */
export async function listPrograms({ ctx, input }: ServiceCall<ListProgramsInput>): Promise<Program[]> {
  return ctx.db
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.organizationId, actingAdvertiser(ctx).organizationId),
        input.status ? eq(programs.status, input.status) : undefined,
        input.appId ? eq(programs.appId, input.appId) : undefined,
        input.cursor ? lt(programs.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(programs.id))
    .limit(input.limit + 1);
}
