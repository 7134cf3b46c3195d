import type { ServiceCall } from '../../../../context';
import { RAIL_FACTS } from '../../../../domain/payout-rails';
import { listProducts, TremendousApiError } from '../../../../integrations/tremendous';
import { resolveTremendousAccount } from '../../../tremendous-accounts';

/**
 * The currencies gift cards can be paid in for this advertiser: those of the products in its Tremendous catalog
 * (GET /products, for the affiliate's country when known), not Tremendous's whole currency list, of which most
 * codes have no card. Null (the facts' list) without an account or when Tremendous cannot be asked: the picker
 * still shows something, and choosing the rail asks the catalog again.
 */
export async function catalogCurrencies({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; country: string | null }>): Promise<string[] | null> {
  const account = await resolveTremendousAccount({ ctx, input: { organizationId: input.organizationId } });
  if (!account) return null;
  try {
    const products = await listProducts(account, input.country ? { country: input.country } : {});
    const codes = new Set(products.flatMap((p) => p.currency_codes));
    return [...RAIL_FACTS.tremendous.currencies].filter((c) => codes.has(c)).sort();
  } catch (err) {
    if (!(err instanceof TremendousApiError)) throw err;
    ctx.log.warn('tremendous_catalog_unavailable', { organizationId: input.organizationId, error: err });
    return null;
  }
}
