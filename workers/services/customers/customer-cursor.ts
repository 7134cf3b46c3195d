import { and, eq } from 'drizzle-orm';
import { referredCustomers } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { AppError } from '../../errors/app-error';

/** A cursor names a customer of the caller's scope; another tenant's is invalid_cursor like an unknown id. */
export async function checkCustomerCursor({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  affiliateId?: string | undefined;
  cursor: string | undefined;
}>): Promise<void> {
  if (input.cursor === undefined) return;
  const [row] = await ctx.db
    .select({ id: referredCustomers.id })
    .from(referredCustomers)
    .where(
      and(
        eq(referredCustomers.id, input.cursor),
        eq(referredCustomers.organizationId, input.organizationId),
        eqIf(referredCustomers.affiliateId, input.affiliateId),
      ),
    );
  if (!row) throw new AppError('invalid_cursor', 'The cursor is not one this API returned');
}
