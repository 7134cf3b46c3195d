import { inArray } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { type Balance, listBalances } from './balances';

/** A balance as its advertiser sees it: with the affiliate's email, so finance staff know whom they owe. */
export interface OrgBalance extends Balance {
  affiliateEmail: string;
}

/** What the request's advertiser owes each affiliate, per currency. */
export async function listOrgBalances({
  ctx,
  input,
}: ServiceCall<{ currency?: string | undefined; affiliateId?: string | undefined }>): Promise<OrgBalance[]> {
  const balances = await listBalances({
    ctx,
    input: {
      organizationId: actingAdvertiser(ctx).organizationId,
      ...(input.currency ? { currency: input.currency } : {}),
      ...(input.affiliateId ? { affiliateId: input.affiliateId } : {}),
    },
  });
  const ids = [...new Set(balances.map((b) => b.affiliateId))];
  const emails =
    ids.length === 0
      ? []
      : await ctx.db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids));
  const emailOf = new Map(emails.map((u) => [u.id, u.email]));
  return balances.map((b) => ({ ...b, affiliateEmail: emailOf.get(b.affiliateId) ?? '' }));
}
