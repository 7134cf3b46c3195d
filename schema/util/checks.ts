import { type SQL, sql } from 'drizzle-orm';
import { check, type PgColumn } from 'drizzle-orm/pg-core';

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** SQL list of quoted literals, for CHECKs generated from the `as const` arrays in enums.ts. */
export const literalList = (values: readonly string[]): SQL => sql.raw(values.map(literal).join(', '));

/** CHECK (column IN (...values)) so the database refuses a value the TypeScript union would. */
export const checkIn = (name: string, column: PgColumn, values: readonly string[]) =>
  check(name, sql`${column} IN (${literalList(values)})`);

/** CHECK that every element of a text[] column is one of values. */
export const checkAllIn = (name: string, column: PgColumn, values: readonly string[]) =>
  check(name, sql`${column} <@ ARRAY[${literalList(values)}]::text[]`);

/** CHECK 0 <= bps <= 10000 (NULL passes: the column's nullability says whether it is required). */
export const checkBasisPoints = (name: string, column: PgColumn) => check(name, sql`${column} BETWEEN 0 AND 10000`);
