import { and, eq, sql } from 'drizzle-orm';
import { clicks, conversions, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { uuidv7Time } from '../../contracts/ids';
import type { SearchHit } from './search-hit';

export interface ClickHitInput {
  /** A whole UUIDv7: the id carries the click time, which pins the one partition to read. */
  clickId: string;
  /** The advertiser's search: its own clicks, leading to the conversion each brought. */
  organizationId?: string | undefined;
  /** The affiliate's search: its own clicks (within the portal's advertiser, when on one). */
  affiliateId?: string | undefined;
}

/** The click with that id within the searcher's scope, as a hit; none when it is another tenant's. */
export async function findClickHit({ ctx, input }: ServiceCall<ClickHitInput>): Promise<SearchHit[]> {
  const { clickId, organizationId, affiliateId } = input;
  const [click] = await ctx.db
    .select({
      id: clicks.id,
      orgId: clicks.organizationId,
      programId: clicks.programId,
      affiliateId: clicks.affiliateId,
      program: programs.name,
      conversionId: sql<
        string | null
      >`(select ${conversions.id} from ${conversions} where ${conversions.clickId} = ${clicks.id} and ${conversions.organizationId} = ${clicks.organizationId} order by ${conversions.occurredAt} limit 1)`,
    })
    .from(clicks)
    .leftJoin(programs, eq(programs.id, clicks.programId))
    .where(
      and(
        eq(clicks.id, clickId),
        eq(clicks.clickedAt, new Date(uuidv7Time(clickId))),
        organizationId ? eq(clicks.organizationId, organizationId) : undefined,
        affiliateId ? eq(clicks.affiliateId, affiliateId) : undefined,
      ),
    );
  if (!click?.orgId) return [];
  // The affiliate's click opens its statistics; the advertiser's the conversion it brought, or its report.
  const params = affiliateId
    ? { orgId: click.orgId, clickId: click.id }
    : {
        orgId: click.orgId,
        ...(click.conversionId ? { conversionId: click.conversionId } : {}),
        ...(click.programId ? { programId: click.programId } : {}),
        ...(click.affiliateId ? { affiliateId: click.affiliateId } : {}),
      };
  return [{ kind: 'click', id: click.id, label: click.id, sublabel: click.program, params }];
}
