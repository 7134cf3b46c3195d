import type { SortingState } from '@tanstack/react-table';
import * as z from 'zod/mini';

/**
 * A table's sort in the URL: `?sort=createdAt` ascending, `?sort=-createdAt` descending. Spread into a
 * route's validateSearch schema; an unknown column falls back to the default instead of failing the page.
 */
export function sortSearch<const Column extends string>(columns: readonly [Column, ...Column[]], fallback?: string) {
  const values = columns.flatMap((column) => [column, `-${column}`] as const);
  return { sort: z.catch(z.optional(z.enum(values as [string, ...string[]])), fallback) };
}

export function toSorting(sort: string | undefined): SortingState {
  if (!sort) return [];
  return sort.startsWith('-') ? [{ id: sort.slice(1), desc: true }] : [{ id: sort, desc: false }];
}

export function fromSorting(sorting: SortingState): string | undefined {
  const [first] = sorting;
  if (!first) return undefined;
  return first.desc ? `-${first.id}` : first.id;
}
