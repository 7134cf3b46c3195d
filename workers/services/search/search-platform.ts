import { asc, ilike, or } from 'drizzle-orm';
import { organizations } from '../../../schema';
import type { ServiceCall } from '../../context';
import { requirePlatformStaff } from '../access';
import type { SearchHit } from './search-hit';
import { idIs, prefixFirst } from './search-sql';
import { searchTerms } from './search-terms';

const ORGANIZATION_HITS = 8;

/** Platform staff find a tenant by part of its name, the start of its slug, or its id. */
export async function searchPlatform({ ctx, input }: ServiceCall<{ q: string }>): Promise<SearchHit[]> {
  requirePlatformStaff(ctx);
  const terms = searchTerms(input.q);
  const rows = await ctx.db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(
      or(
        ilike(organizations.name, terms.contains),
        ilike(organizations.slug, terms.prefix),
        idIs(organizations.id, terms),
      ),
    )
    .orderBy(prefixFirst(organizations.name, terms), asc(organizations.name))
    .limit(ORGANIZATION_HITS);
  return rows.map((r) => ({
    kind: 'organization',
    id: r.id,
    label: r.name,
    sublabel: r.slug,
    params: { orgId: r.id },
  }));
}
