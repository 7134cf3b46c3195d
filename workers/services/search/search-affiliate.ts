import { and, asc, desc, eq, ilike, or } from 'drizzle-orm';
import { conversions, enrollments, links, organizations, programs } from '../../../schema';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ServiceCall } from '../../context';
import { actorId, portalScope } from '../access';
import { findClickHit } from './click-hit';
import { HITS_PER_KIND, type SearchHit } from './search-hit';
import { idIs, prefixFirst } from './search-sql';
import { searchTerms } from './search-terms';

/**
 * The signed-in affiliate's own programs, links, conversions and clicks matching `q`, in every advertiser it
 * has applied to (on a white-label portal, that advertiser only). Each query is bounded by the affiliate's id,
 * so no other affiliate's row and no advertiser's revenue can match. Conversions are found by id only: an
 * affiliate is not shown the advertiser's order ids.
 */
export async function searchAffiliate({ ctx, input }: ServiceCall<{ q: string }>): Promise<SearchHit[]> {
  const affiliateId = actorId(ctx);
  const portalOrgId = portalScope(ctx);
  const terms = searchTerms(input.q);
  const inPortal = (column: AnyPgColumn) => (portalOrgId ? eq(column, portalOrgId) : undefined);

  const [programRows, linkRows, conversionRows, clickRows] = await Promise.all([
    ctx.db
      .select({ id: programs.id, name: programs.name, orgId: programs.organizationId, advertiser: organizations.name })
      .from(enrollments)
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .innerJoin(organizations, eq(organizations.id, programs.organizationId))
      .where(
        and(
          eq(enrollments.affiliateId, affiliateId),
          inPortal(enrollments.organizationId),
          or(ilike(programs.name, terms.contains), idIs(programs.id, terms)),
        ),
      )
      .orderBy(prefixFirst(programs.name, terms), asc(programs.name))
      .limit(HITS_PER_KIND),
    ctx.db
      .select({ id: links.id, name: links.name, slug: links.slug, orgId: links.organizationId })
      .from(links)
      .where(
        and(
          eq(links.affiliateId, affiliateId),
          inPortal(links.organizationId),
          or(ilike(links.slug, terms.prefix), ilike(links.name, terms.contains), idIs(links.id, terms)),
        ),
      )
      .orderBy(prefixFirst(links.slug, terms), asc(links.slug))
      .limit(HITS_PER_KIND),
    terms.id
      ? ctx.db
          .select({ id: conversions.id, orgId: conversions.organizationId, program: programs.name })
          .from(conversions)
          .leftJoin(programs, eq(programs.id, conversions.programId))
          .where(
            and(
              eq(conversions.id, terms.id),
              eq(conversions.affiliateId, affiliateId),
              inPortal(conversions.organizationId),
            ),
          )
          .orderBy(desc(conversions.occurredAt))
          .limit(HITS_PER_KIND)
      : [],
    terms.clickId
      ? findClickHit({ ctx, input: { clickId: terms.clickId, affiliateId, organizationId: portalOrgId } })
      : [],
  ]);

  return [
    ...programRows.map(
      (r): SearchHit => ({
        kind: 'program',
        id: r.id,
        label: r.name,
        sublabel: r.advertiser,
        params: { orgId: r.orgId, programId: r.id },
      }),
    ),
    ...linkRows.map(
      (r): SearchHit => ({
        kind: 'link',
        id: r.id,
        label: r.name,
        sublabel: `/r/${r.slug}`,
        params: { orgId: r.orgId, linkId: r.id },
      }),
    ),
    ...conversionRows.map(
      (r): SearchHit => ({
        kind: 'conversion',
        id: r.id,
        label: r.id,
        sublabel: r.program,
        params: { orgId: r.orgId, conversionId: r.id },
      }),
    ),
    ...clickRows,
  ];
}
