import { SourceError } from './source-request';

/**
 * Sources that need two credentials take them as one token, `first:second`: FirstPromoter's Account
 * ID and API key, PartnerStack's public and secret keys. The split is at the first colon.
 */
export const PAIRED_TOKENS: Record<string, string> = {
  firstpromoter: 'ACCOUNT_ID:API_KEY (your FirstPromoter Account ID and API key)',
  partnerstack: 'PUBLIC_KEY:SECRET_KEY (your PartnerStack public and secret keys)',
};

export function splitPair(token: string): [string, string] | null {
  const at = token.indexOf(':');
  if (at <= 0 || at === token.length - 1) return null;
  return [token.slice(0, at), token.slice(at + 1)];
}

/** What is wrong with `token` for `source`, or NULL; checked when the import starts. */
export function tokenProblem(source: string, token: string): string | null {
  const shape = PAIRED_TOKENS[source];
  return shape && !splitPair(token) ? `The token must be ${shape}` : null;
}

export function pairOrFail(source: string, token: string): [string, string] {
  const pair = splitPair(token);
  if (!pair) throw new SourceError(`The token must be ${PAIRED_TOKENS[source]}`, true);
  return pair;
}
