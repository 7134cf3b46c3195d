import { and, arrayContains, desc, eq, ilike, inArray, lt, or } from 'drizzle-orm';
import type { Locale, PayoutModel, ProgramCategory } from '../../../schema/enums';
import { apps, enrollments, organizations, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { eqIf } from '../../db/eq-if';
import { actorId, portalScope } from '../access';
import { asksApplicationSql } from '../asks-application-sql';
import { containsPattern } from '../like-pattern';
import { affiliateProgramTerms } from './affiliate-terms';

export interface MarketplaceInput {
  organizationId?: string | undefined;
  programId?: string | undefined;
  q?: string | undefined;
  appId?: string | undefined;
  payoutModel?: PayoutModel | undefined;
  category?: ProgramCategory | undefined;
  language?: Locale | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Programs any affiliate may find and join: active, public or by approval, of an active
 * advertiser, across advertisers; searched by name and filtered by app, payout model, category and language,
 * newest first by keyset (the id) so a page never repeats or skips a program as others are added. Selects only what an affiliate may see of a program: never
 * revenue, caps, fraud thresholds, landing configuration or secrets.
 */
export async function listMarketplace({ ctx, input }: ServiceCall<MarketplaceInput>) {
  const affiliateId = actorId(ctx);
  return ctx.db
    .select({
      ...affiliateProgramTerms,
      visibility: programs.visibility,
      appId: programs.appId,
      appName: apps.name,
      category: programs.category,
      languages: programs.languages,
      advertiserId: organizations.id,
      advertiserName: organizations.name,
      myEnrollmentId: enrollments.id,
      myEnrollmentStatus: enrollments.status,
      // Whether applying shows a form or terms first.
      asksApplication: asksApplicationSql(),
    })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(apps, eq(apps.id, programs.appId))
    .leftJoin(enrollments, and(eq(enrollments.programId, programs.id), eq(enrollments.affiliateId, affiliateId)))
    .where(
      and(
        eq(programs.status, 'active'),
        inArray(programs.visibility, ['public', 'approval']),
        eq(organizations.status, 'active'),
        input.organizationId ? eq(programs.organizationId, input.organizationId) : undefined,
        eqIf(programs.id, input.programId),
        eqIf(programs.organizationId, portalScope(ctx)),
        eqIf(programs.appId, input.appId),
        eqIf(programs.payoutModel, input.payoutModel),
        eqIf(programs.category, input.category),
        input.language ? arrayContains(programs.languages, [input.language]) : undefined,
        input.q
          ? or(
              ilike(programs.name, containsPattern(input.q)),
              ilike(apps.name, containsPattern(input.q)),
              ilike(organizations.name, containsPattern(input.q)),
            )
          : undefined,
        input.cursor ? lt(programs.id, input.cursor) : undefined,
      ),
    )
    .orderBy(desc(programs.id))
    .limit(input.limit + 1);
}

export type MarketplaceRow = Awaited<ReturnType<typeof listMarketplace>>[number];
