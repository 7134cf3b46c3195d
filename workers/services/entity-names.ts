import { inArray } from 'drizzle-orm';
import { apps, editions, links, organizations, programs, users } from '../../schema';
import type { ServiceCall } from '../context';
import type { Executor } from '../db/client';

/** Kinds of ids a CSV names in a column beside them. */
export const NAMED_KINDS = ['app', 'program', 'affiliate', 'link', 'organization', 'edition'] as const;
export type NamedKind = (typeof NAMED_KINDS)[number];

/** The ids of one row (or a page of rows) to name, by kind. */
export type EntityIds = Partial<Record<NamedKind, (string | null | undefined)[]>>;

/** name by `${kind}:${id}`; an id without a row (deleted, or not an id) has none. */
export type EntityNames = Map<string, string>;

const personName = (u: { firstName: string | null; lastName: string | null; email: string }) =>
  [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (list: (string | null | undefined)[] | undefined) => [
  ...new Set((list ?? []).filter((v): v is string => typeof v === 'string' && UUID.test(v))),
];

/**
 * The names of the ids a page of an export or report holds, in one round trip per kind. The ids come from
 * the caller's own rows, already confined to its tenant, so naming them reveals nothing the rows did not;
 * an affiliate's files carry no other affiliate's id to name.
 */
export async function entityNames({ ctx, input: ids }: ServiceCall<EntityIds>): Promise<EntityNames> {
  const { db } = ctx;
  const names: EntityNames = new Map();
  const [app, program, affiliate, link, organization, edition] = NAMED_KINDS.map((k) => uuids(ids[k]));
  const [a, p, f, l, o, e] = await Promise.all([
    app!.length ? db.select({ id: apps.id, name: apps.name }).from(apps).where(inArray(apps.id, app!)) : [],
    program!.length
      ? db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, program!))
      : [],
    affiliate!.length
      ? db
          .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email })
          .from(users)
          .where(inArray(users.id, affiliate!))
      : [],
    link!.length ? db.select({ id: links.id, name: links.name }).from(links).where(inArray(links.id, link!)) : [],
    organization!.length
      ? db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(inArray(organizations.id, organization!))
      : [],
    edition!.length
      ? db.select({ id: editions.id, name: editions.name }).from(editions).where(inArray(editions.id, edition!))
      : [],
  ]);
  for (const r of a) names.set(`app:${r.id}`, r.name);
  for (const r of p) names.set(`program:${r.id}`, r.name);
  for (const r of f) names.set(`affiliate:${r.id}`, personName(r));
  for (const r of l) names.set(`link:${r.id}`, r.name);
  for (const r of o) names.set(`organization:${r.id}`, r.name);
  for (const r of e) names.set(`edition:${r.id}`, r.name);
  return names;
}

/** The name of one id, or an empty cell. */
export const nameOf = (names: EntityNames, kind: NamedKind, id: string | null | undefined): string | null =>
  id ? (names.get(`${kind}:${id}`) ?? null) : null;

/** A row with the names of the ids it holds. */
export interface Named<Row> {
  row: Row;
  names: EntityNames;
}

/**
 * A keyset page reader whose rows come with their ids' names, read on the same connection as the page (an
 * export streams after the request's pool closed): one round trip per kind and page, not per row.
 */
export function namedPages<Row, Key>({
  ctx,
  input: { read, idsOf },
}: ServiceCall<{
  read: (db: Executor, after: Key | undefined, limit: number) => Promise<Row[]>;
  idsOf: (rows: Row[]) => EntityIds;
}>): (db: Executor, after: Key | undefined, limit: number) => Promise<Named<Row>[]> {
  return async (db, after, limit) => {
    const rows = await read(db, after, limit);
    const names = rows.length === 0 ? new Map() : await entityNames({ ctx: { ...ctx, db }, input: idsOf(rows) });
    return rows.map((row) => ({ row, names }));
  };
}
