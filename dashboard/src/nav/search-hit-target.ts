import type { components } from '@/lib/api/schema.gen';

type SearchHit = components['schemas']['SearchHit'];

/** Which search answered: the organization console's, the affiliate's own, or platform staff's. */
export type SearchAudience = 'organization' | 'affiliate' | 'platform';

/** A router destination, loosely typed: test/node/dashboard-search-targets.test.ts checks each path is a route. */
export type HitTarget = { to: string; params: Record<string, string>; search?: Record<string, string> };

/** The page a search hit opens, from its kind and the ids the API gave (its params). */
export function searchHitTarget(audience: SearchAudience, hit: SearchHit): HitTarget {
  const p = hit.params;
  if (audience === 'affiliate') {
    if (hit.kind === 'program') return { to: '/affiliate/$orgId/programs/$programId', params: pick(p, 'programId') };
    if (hit.kind === 'link') return { to: '/affiliate/$orgId/links/$linkId', params: pick(p, 'linkId') };
    if (hit.kind === 'conversion')
      return { to: '/affiliate/$orgId/conversions/$conversionId', params: pick(p, 'conversionId') };
    if (hit.kind === 'click')
      return { to: '/affiliate/$orgId/stats', params: { orgId: p.orgId }, search: { clickId: p.clickId ?? hit.id } };
    return { to: '/affiliate/$orgId', params: { orgId: p.orgId } };
  }
  if (hit.kind === 'app') return { to: '/orgs/$orgId/apps/$appId', params: pick(p, 'appId') };
  if (hit.kind === 'program') return { to: '/orgs/$orgId/programs/$programId', params: pick(p, 'programId') };
  if ((hit.kind === 'affiliate' || hit.kind === 'link') && p.enrollmentId)
    return { to: '/orgs/$orgId/affiliates/$enrollmentId', params: pick(p, 'enrollmentId') };
  if (p.conversionId) return { to: '/orgs/$orgId/conversions/$conversionId', params: pick(p, 'conversionId') };
  // A click that brought no conversion: the report, narrowed to its program and affiliate.
  if (hit.kind === 'click')
    return {
      to: '/orgs/$orgId/stats',
      params: { orgId: p.orgId },
      search: {
        ...(p.programId ? { program: p.programId } : {}),
        ...(p.affiliateId ? { affiliate: p.affiliateId } : {}),
      },
    };
  return { to: '/orgs/$orgId', params: { orgId: p.orgId } };
}

function pick(params: SearchHit['params'], key: Exclude<keyof SearchHit['params'], 'orgId'>): Record<string, string> {
  return { orgId: params.orgId, [key]: params[key] ?? '' };
}
