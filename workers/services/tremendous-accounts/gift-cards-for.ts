import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { listProducts, TremendousApiError, type TremendousConfig } from '../../integrations/tremendous';

/**
 * The gift cards Tremendous's catalog offers an affiliate in `country` paid in `currency`, asked of
 * Tremendous (GET /products) rather than a list of ours. Unreachable: `tremendous_unavailable` (503),
 * so the affiliate tries again instead of being told their country is not served.
 */
export async function giftCardsFor({
  input,
}: ServiceCall<{ account: TremendousConfig; country: string; currency?: string }>): Promise<
  { id: string; name: string }[]
> {
  try {
    const products = await listProducts(input.account, { country: input.country, currency: input.currency });
    return products
      .filter((p) => p.countries.some((c) => c.abbr === input.country))
      .filter((p) => !input.currency || p.currency_codes.includes(input.currency))
      .map((p) => ({ id: p.id, name: p.name }));
  } catch (err) {
    if (err instanceof TremendousApiError)
      throw new AppError('tremendous_unavailable', `Tremendous could not be asked: ${err.message}`);
    throw err;
  }
}
