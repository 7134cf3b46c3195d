import { type SQL, sql } from 'drizzle-orm';

/** Whose traffic a creative's figures count: the whole program, or one affiliate's in it. */
export interface CreativeStatsScope {
  organizationId: string;
  programId: string;
  affiliateId?: string | undefined;
  from: Date;
}

const affiliateOf = (column: string, s: CreativeStatsScope) =>
  s.affiliateId ? sql`AND ${sql.raw(column)} = ${s.affiliateId}::uuid` : sql``;

/** Accepted clicks per creative from the hourly link rollup: each creative's clicks are its banner links'. */
export function creativeClicksSql(s: CreativeStatsScope): SQL {
  return sql`SELECT l.creative_id, sum(h.clicks)::bigint AS n
    FROM affiliate.click_links_hourly h JOIN affiliate.links l ON l.id = h.link_id AND l.creative_id IS NOT NULL
    WHERE h.organization_id = ${s.organizationId}::uuid AND h.program_id = ${s.programId}::uuid
      AND h.hour >= ${s.from.toISOString()}::timestamptz ${affiliateOf('h.affiliate_id', s)}
    GROUP BY 1`;
}

/**
 * Live leads and sales per creative from their hourly rollup (conversion_creatives_hourly): conversions attributed
 * through a click (click id or fingerprint) of the creative's banner link, moved there by each conversion's stats
 * refresh, so a rejection or reversal takes one out again.
 */
export function creativeConversionsSql(s: CreativeStatsScope): SQL {
  return sql`SELECT h.creative_id, sum(h.conversions)::bigint AS n
    FROM affiliate.conversion_creatives_hourly h
    WHERE h.organization_id = ${s.organizationId}::uuid AND h.program_id = ${s.programId}::uuid
      AND h.hour >= ${s.from.toISOString()}::timestamptz ${affiliateOf('h.affiliate_id', s)}
    GROUP BY 1`;
}
