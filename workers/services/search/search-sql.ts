import { desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { SearchTerms } from './search-terms';

/** Names that start with the text come before names that merely contain it. */
export const prefixFirst = (column: SQL | AnyPgColumn, terms: SearchTerms) =>
  desc(sql`${column} ILIKE ${terms.prefix}`);

/** The row with this id, when the text is a whole id; nothing to add to the OR otherwise. */
export const idIs = (column: AnyPgColumn, terms: SearchTerms) => (terms.id ? eq(column, terms.id) : undefined);
