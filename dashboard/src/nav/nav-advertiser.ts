type AffiliateContext = { organizationId: string; name: string };

/**
 * The advertiser whose pages (Statistics, Links, Conversions, Messages…) the affiliate's navbar offers: the one
 * the page is in; on the pages across advertisers (Home, Balances, Payouts…) the one last worked with, else the
 * first, so those pages keep a way to them instead of the group vanishing. Undefined for a user with none.
 */
export function navAdvertiser(
  contexts: AffiliateContext[],
  pageOrgId: string | undefined,
  lastOrgId: string | null,
): AffiliateContext | undefined {
  if (pageOrgId) return contexts.find((c) => c.organizationId === pageOrgId);
  return contexts.find((c) => c.organizationId === lastOrgId) ?? contexts[0];
}
