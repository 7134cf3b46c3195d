import { z } from 'zod';

/** VIES's answer to checkVatNumber: whether the number is valid, and the trader's name and address when shared. */
export interface ViesAnswer {
  valid: boolean;
  name: string | null;
  address: string | null;
}

/** VIES (or the member state behind it) could not answer now: the check can be retried later. */
export class ViesUnavailableError extends Error {
  override name = 'ViesUnavailableError';
}

const answer = z.object({
  valid: z.boolean(),
  name: z.string().nullish(),
  address: z.string().nullish(),
});
const failure = z.object({
  actionSucceed: z.literal(false),
  errorWrappers: z.array(z.object({ error: z.string(), message: z.string().nullish() })).min(1),
});

/** VIES writes '---' for what a member state does not share. */
const shared = (value: string | null | undefined) => (value && value.trim() !== '---' ? value.trim() : null);

/**
 * POST {base}/check-vat-number, VIES's REST form of checkVatNumber. The base URL is configuration
 * (VIES_API_BASE_URL), never user input. An error envelope (MS_UNAVAILABLE, TIMEOUT, …), a 5xx or a
 * network failure is ViesUnavailableError; INVALID_INPUT is an invalid number.
 */
export async function checkVatNumber(
  baseUrl: string,
  vat: { countryCode: string; number: string },
): Promise<ViesAnswer> {
  let res: Response;
  let json: unknown;
  try {
    res = await fetch(`${baseUrl.replace(/\/+$/, '')}/check-vat-number`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ countryCode: vat.countryCode, vatNumber: vat.number }),
      signal: AbortSignal.timeout(10_000),
    });
    json = await res.json().catch(() => null);
  } catch (err) {
    throw new ViesUnavailableError(err instanceof Error ? err.message : String(err));
  }
  const failed = failure.safeParse(json);
  if (failed.success) {
    const code = failed.data.errorWrappers[0]!.error;
    if (code === 'INVALID_INPUT') return { valid: false, name: null, address: null };
    throw new ViesUnavailableError(code);
  }
  const parsed = answer.safeParse(json);
  if (!res.ok || !parsed.success) throw new ViesUnavailableError(`HTTP ${res.status}`);
  return { valid: parsed.data.valid, name: shared(parsed.data.name), address: shared(parsed.data.address) };
}
