import { eq } from 'drizzle-orm';
import { affiliateVatIds } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';
import type { MyVatIdView } from './set-my-vat-id';

/** The signed-in affiliate's VAT id by its last four, with VIES's last verdict; null when none. */
export async function getMyVatId({ ctx }: ServiceCall<void>): Promise<MyVatIdView | null> {
  const [row] = await ctx.db
    .select({
      countryCode: affiliateVatIds.countryCode,
      vatNumberLast4: affiliateVatIds.vatNumberLast4,
      valid: affiliateVatIds.valid,
      registeredName: affiliateVatIds.registeredName,
      checkedAt: affiliateVatIds.checkedAt,
    })
    .from(affiliateVatIds)
    .where(eq(affiliateVatIds.affiliateId, actorId(ctx)));
  return row ?? null;
}
