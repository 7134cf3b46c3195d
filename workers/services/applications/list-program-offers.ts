import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { apps, enrollments, organizations, programGroups, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { effectiveTerms } from '../../domain/commission-terms';
import type { LandingLocale } from '../../domain/landing-words';
import { programTermsText } from '../../domain/program-terms-text';
import { affiliateScope } from '../access';
import { asksApplicationSql } from '../asks-application-sql';
import { affiliateProgramTerms } from '../programs';

const NO_OVERRIDES = { rateOverrideBps: null, fixedOverrideMinor: null, holdDaysOverride: null };

export interface ProgramOffers {
  /** The advertiser's programs the affiliate is active in; no offer is made without one. */
  promoting: { id: string; name: string }[];
  offers: {
    programId: string;
    name: string;
    appName: string;
    visibility: 'public' | 'approval';
    /** The headline of what a new member earns ("30 % per conversion"), from programTermsText. */
    commission: string;
    /** Applying asks a form or terms first (one click otherwise). */
    asksApplication: boolean;
  }[];
}

/**
 * Cross-program invites: an affiliate active in one of this advertiser's programs is offered the
 * advertiser's other programs open to applications (active, public or by approval) it holds no
 * enrollment in. Only the advertiser of the affiliate's context: never another advertiser's programs.
 */
export async function listProgramOffers({
  ctx,
  input,
}: ServiceCall<{ locale: LandingLocale }>): Promise<ProgramOffers> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const mine = await ctx.db
    .select({ programId: enrollments.programId, status: enrollments.status, name: programs.name })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(and(eq(enrollments.organizationId, organizationId), eq(enrollments.affiliateId, affiliateId)));
  const promoting = mine.filter((e) => e.status === 'active').map((e) => ({ id: e.programId, name: e.name }));
  if (promoting.length === 0) return { promoting, offers: [] };
  const rows = await ctx.db
    .select({
      ...affiliateProgramTerms,
      version: programs.version,
      visibility: programs.visibility,
      appName: apps.name,
      group: programGroups,
      asksApplication: asksApplicationSql(programGroups.id),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .innerJoin(programGroups, and(eq(programGroups.programId, programs.id), eq(programGroups.isDefault, true)))
    .where(
      and(
        eq(programs.organizationId, organizationId),
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        // Any enrollment, pending or rejected included: an offer is for a program not yet asked about.
        notInArray(
          programs.id,
          mine.map((e) => e.programId),
        ),
      ),
    )
    .orderBy(programs.name);
  return {
    promoting,
    offers: rows.map((row) => ({
      programId: row.id,
      name: row.name,
      appName: row.appName,
      visibility: row.visibility as 'public' | 'approval',
      commission: programTermsText(effectiveTerms(row, NO_OVERRIDES, row.group), row, input.locale).commission,
      asksApplication: row.asksApplication,
    })),
  };
}
