import { type Query, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

/** Renders drizzle SQL to text and parameters with the casing every caller shares (client.ts). */
const statementDialect = new PgDialect({ casing: 'snake_case' });

/** Marks where a per-call value goes in a compiled statement's text. */
export type Slot<K extends string> = (key: K) => SQL;

/** A statement's text and parameter order (values marked by slots), and its name: a hash of the text. */
export interface NamedStatement {
  name: string;
  query: Query;
}

/** `prefix` and FNV-1a of the text: a statement's name changes whenever its text does. */
function statementName(prefix: string, text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${prefix}_${(h >>> 0).toString(36)}`;
}

/**
 * Composes and renders `build` once, each per-call value left as a placeholder named by its slot key, and
 * names the result by its text: the one compile step of every statement run as a named prepared statement.
 */
export function compileStatement<K extends string>(prefix: string, build: (slot: Slot<K>) => SQL): NamedStatement {
  const query = statementDialect.sqlToQuery(build((key) => sql`${sql.placeholder(key)}`));
  return { name: statementName(prefix, query.sql), query };
}
