import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { listFundingSources, TremendousApiError } from '../../integrations/tremendous';

export interface TremendousFundingSource {
  id: string;
  /** balance, credit_card, bank_account, invoice… as Tremendous names it. */
  method: string;
  /** What the source holds, in US cents, when Tremendous says (the prepaid balance). */
  availableCents: number | null;
}

/**
 * The funding sources an API key reaches (GET /funding_sources): the check behind connecting and testing a key.
 * Tremendous refusing the key is the owner's to fix (400 tremendous_credentials_rejected); Tremendous failing or
 * unreachable is ours to retry (503 tremendous_unavailable).
 */
export async function fundingSourcesOf({
  ctx,
  input,
}: ServiceCall<{ apiKey: string }>): Promise<TremendousFundingSource[]> {
  try {
    const sources = await listFundingSources({
      baseUrl: ctx.config.TREMENDOUS_API_BASE_URL,
      apiKey: input.apiKey,
      fundingSourceId: 'balance',
      webhookKey: null,
    });
    return sources.map((s) => ({ id: s.id, method: s.method, availableCents: s.meta?.available_cents ?? null }));
  } catch (err) {
    if (err instanceof TremendousApiError && err.status !== null && err.status < 500)
      throw new AppError('tremendous_credentials_rejected', 'Tremendous refused this API key');
    if (err instanceof TremendousApiError)
      throw new AppError('tremendous_unavailable', 'Tremendous could not be reached to check the key; try again');
    throw err;
  }
}

/** Whether `fundingSourceId` is one of `sources`; `balance` names the account's prepaid balance, whatever its id. */
export const knowsFundingSource = (sources: TremendousFundingSource[], fundingSourceId: string): boolean =>
  fundingSourceId === 'balance'
    ? sources.some((s) => s.method === 'balance')
    : sources.some((s) => s.id === fundingSourceId);
