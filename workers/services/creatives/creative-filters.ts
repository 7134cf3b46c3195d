import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { creatives } from '../../../schema';
import type { CreativeKind } from '../../../schema/enums';
import { containsPattern } from '../like-pattern';

/** The search both consoles' creatives pages offer; every field narrows, none given lists all. */
export interface CreativeFilters {
  /** Part of the name, any case. */
  q?: string | undefined;
  category?: string | undefined;
  kind?: CreativeKind | undefined;
  /** A banner's size or one of a template's sizes. */
  size?: { width: number; height: number } | undefined;
}

export function creativeFilterSql(filters: CreativeFilters): SQL | undefined {
  const { q, category, kind, size } = filters;
  return and(
    q ? ilike(creatives.name, containsPattern(q)) : undefined,
    category ? eq(creatives.category, category) : undefined,
    kind ? eq(creatives.kind, kind) : undefined,
    size
      ? or(
          and(eq(creatives.width, size.width), eq(creatives.height, size.height)),
          sql`${creatives.sizes} @> ${JSON.stringify([size])}::jsonb`,
        )
      : undefined,
  );
}
