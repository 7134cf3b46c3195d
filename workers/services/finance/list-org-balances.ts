import { inArray } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { type Balance, listBalances } from './balances';

/** A balance as its advertiser sees it: with the affiliate's name and email, so finance staff know whom they owe. */
export interface OrgBalance extends Balance {
  affiliateEmail: string;
  /** First and last name, else the email. */
  affiliateName: string;
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
      : await ctx.db
          .select({ id: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName })
          .from(users)
          .where(inArray(users.id, ids));
  const userOf = new Map(emails.map((u) => [u.id, u]));
  return balances.map((b) => {
    const u = userOf.get(b.affiliateId);
    const email = u?.email ?? '';
    return {
      ...b,
      affiliateEmail: email,
      affiliateName: [u?.firstName, u?.lastName].filter(Boolean).join(' ').trim() || email,
    };
  });
}
