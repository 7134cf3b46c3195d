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
 * Live leads and sales per creative, reached through the attributed click's link. The conversion rollups keep
 * no link, so this reads the program's conversions of the period (its occurred_at index) and their clicks by
 * primary key; only click and fingerprint matches store the affiliate's own click.
 */
export function creativeConversionsSql(s: CreativeStatsScope): SQL {
  return sql`SELECT l.creative_id, count(*)::bigint AS n
    FROM affiliate.conversions c
    JOIN affiliate.clicks k ON k.id = c.click_id AND k.link_id IS NOT NULL
    JOIN affiliate.links l ON l.id = k.link_id AND l.creative_id IS NOT NULL
    WHERE c.organization_id = ${s.organizationId}::uuid AND c.program_id = ${s.programId}::uuid
      AND c.occurred_at >= ${s.from.toISOString()}::timestamptz ${affiliateOf('c.affiliate_id', s)}
      AND c.attribution_method IN ('click_id', 'fingerprint') AND c.event_type IN ('lead', 'sale')
      AND c.status NOT IN ('rejected', 'reversed')
    GROUP BY 1`;
}
