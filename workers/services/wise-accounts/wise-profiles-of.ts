import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { listProfiles, WiseApiError, type WiseProfile } from '../../integrations/wise';

export interface WiseProfileChoice {
  id: string;
  /** PERSONAL or BUSINESS. */
  type: string;
  /** The business's name, or the person's. */
  name: string;
}

const nameOf = (p: WiseProfile): string =>
  p.businessName ||
  p.fullName ||
  [p.firstName, p.lastName].filter(Boolean).join(' ') ||
  `${p.type.toLowerCase()} ${p.id}`;

/**
 * The profiles an API token reaches (GET /v2/profiles), deactivated ones left out: the check behind connecting and
 * testing a token. Wise refusing the token is the owner's to fix (400 wise_credentials_rejected); Wise failing or
 * unreachable is ours to retry (503 wise_unavailable).
 */
export async function wiseProfilesOf({ ctx, input }: ServiceCall<{ apiToken: string }>): Promise<WiseProfileChoice[]> {
  try {
    const profiles = await listProfiles({ baseUrl: ctx.config.WISE_API_BASE_URL, token: input.apiToken });
    return profiles
      .filter((p) => p.currentState !== 'DEACTIVATED')
      .map((p) => ({ id: String(p.id), type: p.type, name: nameOf(p) }));
  } catch (err) {
    if (err instanceof WiseApiError && err.definite)
      throw new AppError('wise_credentials_rejected', 'Wise refused this API token');
    if (err instanceof WiseApiError)
      throw new AppError('wise_unavailable', 'Wise could not be reached to check the token; try again');
    throw err;
  }
}
