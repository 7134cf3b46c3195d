import { eq } from 'drizzle-orm';
import { type Organization, organizations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** The organization's row, locked for the rest of the transaction `ctx` runs in: a change reads, then writes. */
export async function lockOrganization({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<Organization> {
  const [current] = await ctx.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, input.organizationId))
    .for('update');
  if (!current) throw new NotFoundError('organization');
  return current;
}
