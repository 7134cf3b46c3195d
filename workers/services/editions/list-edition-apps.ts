import { and, eq, isNotNull } from 'drizzle-orm';
import { apps, editionSettings, enrollments, programs, type EditionPlanOffer } from '../../../schema';
import type { EditionBrandField, EditionDomainKind } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { affiliateScope } from '../access';
import { type EditionReward, rewardOf } from './settings-view';

export interface EditionApp {
  appId: string;
  appName: string;
  siteUrl: string;
  brandFields: EditionBrandField[];
  domainKinds: EditionDomainKind[];
  baseDomain: string | null;
  plans: EditionPlanOffer[];
  reward: EditionReward & { currency: string };
  requiresApproval: boolean;
  programId: string;
  enrolled: boolean;
}

/**
 * The advertiser's apps that offer branded editions now, with what an edition may set, the price bounds and
 * its reward, and whether the affiliate is enrolled in the program editions earn through.
 */
export async function listEditionApps({ ctx }: ServiceCall<void>): Promise<EditionApp[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const rows = await ctx.db
    .select({
      settings: editionSettings,
      appName: apps.name,
      siteUrl: apps.siteUrl,
      currency: programs.currency,
      enrollmentStatus: enrollments.status,
    })
    .from(editionSettings)
    .innerJoin(apps, eq(apps.id, editionSettings.appId))
    .innerJoin(programs, eq(programs.id, editionSettings.programId))
    .leftJoin(
      enrollments,
      and(eq(enrollments.programId, editionSettings.programId), eq(enrollments.affiliateId, affiliateId)),
    )
    .where(
      and(
        eq(editionSettings.organizationId, organizationId),
        eq(editionSettings.enabled, true),
        isNotNull(editionSettings.programId),
        eq(apps.status, 'active'),
      ),
    )
    .orderBy(apps.name);
  return rows.map(({ settings: s, appName, siteUrl, currency, enrollmentStatus }) => ({
    appId: s.appId,
    appName,
    siteUrl,
    brandFields: s.brandFields,
    domainKinds: s.domainKinds,
    baseDomain: s.baseDomain,
    plans: s.plans,
    reward: { ...rewardOf(s), currency },
    requiresApproval: s.requiresApproval,
    programId: s.programId!,
    enrolled: enrollmentStatus === 'active',
  }));
}
