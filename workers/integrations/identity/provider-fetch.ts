import { AppError } from '../../errors/app-error';
import { outboundFetch } from '../http/outbound-fetch';
import type { IdentityConfig } from './provider-config';

const TIMEOUT_MS = 10_000;

/**
 * A request to Google or GitHub. Their refusal of what we sent (a wrong code or verifier) is the
 * user's failed sign-in (401 oauth_rejected); no answer at all is theirs (503).
 */
export async function providerFetch(config: IdentityConfig, url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await outboundFetch(config, url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch {
    throw new AppError('identity_provider_unavailable', 'The sign-in provider could not be reached; try again');
  }
  if (res.status >= 500)
    throw new AppError('identity_provider_unavailable', `The sign-in provider answered ${res.status}; try again`);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok || body === null || (typeof body === 'object' && 'error' in body))
    throw new AppError('oauth_rejected', 'The sign-in provider refused the sign-in; start again');
  return body;
}

/** The form body of an OAuth token request (application/x-www-form-urlencoded). */
export const formPost = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  body: new URLSearchParams(fields).toString(),
});
