import { eq } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { affiliateAccountSql } from './affiliate-account-sql';

/** Whether the signed-in account may use the affiliate surface (/affiliate/*): see affiliateAccountSql. */
export async function isAffiliateAccount({ ctx }: ServiceCall<void>): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  const [row] = await ctx.db.select({ affiliate: affiliateAccountSql() }).from(users).where(eq(users.id, actor.userId));
  return row?.affiliate === true;
}
