import { and, asc, eq } from 'drizzle-orm';
import { memberships, organizations } from '../../../schema';
import type { PlatformRole } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { isPlatformStaff } from '../../domain/two-factor-requirement';
import { portalScope } from '../access';

/** Who requires 2FA of an account: the platform (its staff role), and which of its organizations. */
export interface TwoFactorDuty {
  platform: boolean;
  organizations: { organizationId: string; name: string }[];
}

export const isTwoFactorRequired = (duty: TwoFactorDuty) => duty.platform || duty.organizations.length > 0;

/**
 * The rules that apply to the account on this host: a white-label portal's session has no
 * platform console and sees its portal's organization only, so only that one's rule counts there.
 */
export async function loadTwoFactorDuty({
  ctx,
  input: { user },
}: ServiceCall<{ user: { id: string; platformRole: PlatformRole } }>): Promise<TwoFactorDuty> {
  const scope = portalScope(ctx);
  const requiring = await ctx.db
    .select({ organizationId: organizations.id, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(eq(memberships.userId, user.id), eq(organizations.requireTwoFactor, true), eqIf(organizations.id, scope)),
    )
    .orderBy(asc(organizations.name));
  return { platform: !scope && isPlatformStaff(user.platformRole), organizations: requiring };
}
