/** One referrer above an affiliate, nearest first, as the referral chain stores it. */
export interface UplineAncestor {
  id: string;
  /** Banned, blocked or deleted: the level is kept but pays nobody. */
  barred: boolean;
}

/**
 * Who earns each upline level: the referrers in order, null where one may not earn. A referral loop
 * (A referred B referred A) ends the chain, so nobody is paid twice for one sale.
 */
export function uplineChain(affiliateId: string, ancestors: UplineAncestor[]): (string | null)[] {
  const chain: (string | null)[] = [];
  const seen = new Set([affiliateId]);
  for (const a of ancestors) {
    if (seen.has(a.id)) break;
    seen.add(a.id);
    chain.push(a.barred ? null : a.id);
  }
  return chain;
}
