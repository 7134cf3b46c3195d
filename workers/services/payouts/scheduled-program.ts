import { and, eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';

/**
 * A program of the acting advertiser whose payout schedule is read or set, with its currency (the threshold's);
 * locked when asked. 404 for another advertiser's program, as for a missing one.
 */
export async function scheduledProgram({ ctx, input }: ServiceCall<{ programId: string; lock?: boolean }>) {
  const { organizationId } = actingAdvertiser(ctx);
  const query = ctx.db
    .select({ id: programs.id, currency: programs.currency })
    .from(programs)
    .where(and(eq(programs.id, input.programId), eq(programs.organizationId, organizationId)));
  const [row] = input.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('program', input.programId);
  return { ...row, organizationId };
}
