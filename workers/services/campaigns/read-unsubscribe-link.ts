import { eq } from 'drizzle-orm';
import { type Locale, organizations, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { verifyUnsubscribe } from '../../domain/unsubscribe-token';

export interface UnsubscribeLink {
  organizationId: string;
  userId: string;
  advertiserName: string;
  /** The affiliate's language, for the page. */
  locale: Locale;
}

/** Whom and from whom an unsubscribe token names; null when it is not a valid token of an existing pair. Writes nothing. */
export async function readUnsubscribeLink({
  ctx,
  input,
}: ServiceCall<{ token: string }>): Promise<UnsubscribeLink | null> {
  const claims = await verifyUnsubscribe(input.token, ctx.config.JWT_SECRET, ctx.now);
  if (!claims) return null;
  const [advertiser] = await ctx.db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, claims.organizationId));
  const [user] = await ctx.db.select({ locale: users.locale }).from(users).where(eq(users.id, claims.userId));
  if (!advertiser || !user) return null;
  return { ...claims, advertiserName: advertiser.name, locale: user.locale };
}
