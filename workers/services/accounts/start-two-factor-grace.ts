import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * The start of the account's grace period to set up a required 2FA: now, the first time a rule
 * applies, else when it first did. Two requests at once agree: only one UPDATE finds it unset.
 */
export async function startTwoFactorGrace({ ctx, input }: ServiceCall<{ userId: string }>): Promise<Date> {
  const { userId } = input;
  const [started] = await ctx.db
    .update(users)
    .set({ twoFactorGraceStartedAt: ctx.now })
    .where(and(eq(users.id, userId), isNull(users.twoFactorGraceStartedAt)))
    .returning({ at: users.twoFactorGraceStartedAt });
  if (started?.at) return started.at;
  const [row] = await ctx.db.select({ at: users.twoFactorGraceStartedAt }).from(users).where(eq(users.id, userId));
  return row?.at ?? ctx.now;
}
