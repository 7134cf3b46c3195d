import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { apps, conversions, enrollments, links, programs, users } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findClickHit } from './click-hit';
import { HITS_PER_KIND, type SearchHit } from './search-hit';
import { idIs, prefixFirst } from './search-sql';
import { searchTerms } from './search-terms';

/**
 * The acting organization's apps, programs, affiliates, links, conversions and clicks matching `q`: names
 * by part, slugs by prefix, ids, order ids and event ids whole. Every query is bounded by the organization,
 * so another tenant's rows never match.
 */
export async function searchOrganization({ ctx, input }: ServiceCall<{ q: string }>): Promise<SearchHit[]> {
  const { organizationId: orgId } = actingAdvertiser(ctx);
  const terms = searchTerms(input.q);
  const affiliateName = sql<string>`concat_ws(' ', ${users.firstName}, ${users.lastName})`;

  const [appRows, programRows, affiliateRows, linkRows, conversionRows, clickHits] = await Promise.all([
    ctx.db
      .select({ id: apps.id, name: apps.name, siteUrl: apps.siteUrl })
      .from(apps)
      .where(and(eq(apps.organizationId, orgId), or(ilike(apps.name, terms.contains), idIs(apps.id, terms))))
      .orderBy(prefixFirst(apps.name, terms), asc(apps.name))
      .limit(HITS_PER_KIND),
    ctx.db
      .select({ id: programs.id, name: programs.name, slug: programs.slug })
      .from(programs)
      .where(
        and(
          eq(programs.organizationId, orgId),
          or(ilike(programs.name, terms.contains), ilike(programs.slug, terms.prefix), idIs(programs.id, terms)),
        ),
      )
      .orderBy(prefixFirst(programs.name, terms), asc(programs.name))
      .limit(HITS_PER_KIND),
    ctx.db
      .select({ enrollmentId: enrollments.id, email: users.email, name: affiliateName, program: programs.name })
      .from(enrollments)
      .innerJoin(users, eq(users.id, enrollments.affiliateId))
      .innerJoin(programs, eq(programs.id, enrollments.programId))
      .where(
        and(
          eq(enrollments.organizationId, orgId),
          or(
            ilike(users.email, terms.contains),
            ilike(affiliateName, terms.contains),
            idIs(users.id, terms),
            idIs(enrollments.id, terms),
          ),
        ),
      )
      .orderBy(prefixFirst(users.email, terms), asc(users.email), asc(programs.name))
      .limit(HITS_PER_KIND),
    ctx.db
      .select({ id: links.id, name: links.name, slug: links.slug, enrollmentId: links.enrollmentId })
      .from(links)
      .where(
        and(
          eq(links.organizationId, orgId),
          or(ilike(links.slug, terms.prefix), ilike(links.name, terms.contains), idIs(links.id, terms)),
        ),
      )
      .orderBy(prefixFirst(links.slug, terms), asc(links.slug))
      .limit(HITS_PER_KIND),
    ctx.db
      .select({
        id: conversions.id,
        orderId: conversions.orderId,
        eventId: conversions.eventId,
        program: programs.name,
      })
      .from(conversions)
      .leftJoin(programs, eq(programs.id, conversions.programId))
      .where(
        and(
          eq(conversions.organizationId, orgId),
          or(
            idIs(conversions.id, terms),
            eq(conversions.orderId, terms.exact),
            // The event id is unique per app, so the lookup goes through the organization's apps.
            and(
              inArray(
                conversions.appId,
                ctx.db.select({ id: apps.id }).from(apps).where(eq(apps.organizationId, orgId)),
              ),
              eq(conversions.eventId, terms.exact),
            ),
          ),
        ),
      )
      .orderBy(desc(conversions.occurredAt))
      .limit(HITS_PER_KIND),
    terms.clickId ? findClickHit({ ctx, input: { clickId: terms.clickId, organizationId: orgId } }) : [],
  ]);

  return [
    ...programRows.map(
      (r): SearchHit => ({
        kind: 'program',
        id: r.id,
        label: r.name,
        sublabel: r.slug,
        params: { orgId, programId: r.id },
      }),
    ),
    ...affiliateRows.map(
      (r): SearchHit => ({
        kind: 'affiliate',
        id: r.enrollmentId,
        label: r.name || r.email,
        sublabel: r.name ? `${r.email} · ${r.program}` : r.program,
        params: { orgId, enrollmentId: r.enrollmentId },
      }),
    ),
    ...linkRows.map(
      (r): SearchHit => ({
        kind: 'link',
        id: r.id,
        label: r.name,
        sublabel: `/r/${r.slug}`,
        params: { orgId, enrollmentId: r.enrollmentId },
      }),
    ),
    ...conversionRows.map(
      (r): SearchHit => ({
        kind: 'conversion',
        id: r.id,
        label: r.orderId ?? r.eventId,
        sublabel: r.program,
        params: { orgId, conversionId: r.id },
      }),
    ),
    ...clickHits,
    ...appRows.map(
      (r): SearchHit => ({
        kind: 'app',
        id: r.id,
        label: r.name,
        sublabel: r.siteUrl,
        params: { orgId, appId: r.id },
      }),
    ),
  ];
}
