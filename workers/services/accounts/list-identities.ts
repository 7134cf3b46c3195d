import { asc, eq } from 'drizzle-orm';
import { identities, users, type Identity } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface SignInMethods {
  hasPassword: boolean;
  identities: Pick<Identity, 'id' | 'provider' | 'email' | 'createdAt' | 'lastUsedAt'>[];
}

/** How the user can sign in: a password, and each linked Google or GitHub account. */
export async function listIdentities({ ctx, input }: ServiceCall<{ userId: string }>): Promise<SignInMethods> {
  const [user] = await ctx.db
    .select({ hashedPassword: users.hashedPassword })
    .from(users)
    .where(eq(users.id, input.userId));
  const rows = await ctx.db
    .select({
      id: identities.id,
      provider: identities.provider,
      email: identities.email,
      createdAt: identities.createdAt,
      lastUsedAt: identities.lastUsedAt,
    })
    .from(identities)
    .where(eq(identities.userId, input.userId))
    .orderBy(asc(identities.createdAt));
  return { hasPassword: Boolean(user?.hashedPassword), identities: rows };
}
