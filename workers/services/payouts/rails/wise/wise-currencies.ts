import type { ServiceCall } from '../../../../context';
import { RAIL_FACTS } from '../../../../domain/payout-rails';
import { listCurrencies, WiseApiError } from '../../../../integrations/wise';
import { resolveWiseAccount } from '../../../wise-accounts';

/**
 * The currencies an affiliate may pick for Wise: Wise's own list (GET /v1/currencies), kept to those our Wise
 * rail pays (the facts, which the proposal checks), sorted. Null (the facts' list) without a Wise account or when
 * Wise cannot be asked: the picker still shows something, and the account requirements ask Wise again.
 */
export async function wiseCurrencies({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; country: string | null }>): Promise<string[] | null> {
  const account = await resolveWiseAccount({ ctx, input: { organizationId: input.organizationId } });
  if (!account) return null;
  try {
    const codes = new Set(await listCurrencies(account));
    return [...RAIL_FACTS.wise.currencies].filter((c) => codes.has(c)).sort();
  } catch (err) {
    if (!(err instanceof WiseApiError)) throw err;
    ctx.log.warn('wise_currencies_unavailable', { organizationId: input.organizationId, error: err });
    return null;
  }
}
