import { inArray } from 'drizzle-orm';
import { apps, links, programs, users } from '../../../schema';
import type { Executor } from '../../db/client';
import type { StatsDimension } from '../../domain/stats-sources';

/** Dimensions whose values are ids: a CSV carries a readable name beside each. */
export const NAMED_DIMENSIONS = ['app', 'program', 'affiliate', 'link'] as const;
type NamedDimension = (typeof NAMED_DIMENSIONS)[number];
export const isNamed = (d: StatsDimension): d is NamedDimension => (NAMED_DIMENSIONS as readonly string[]).includes(d);

const personName = (u: { firstName: string | null; lastName: string | null; email: string }) =>
  [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email;

/**
 * The names of the ids one page of a report holds. The ids come from the caller's own report, already
 * confined to its tenant, so naming them reveals nothing the report did not: an affiliate's report has no
 * affiliate dimension at all.
 */
export async function dimensionNames(
  db: Executor,
  ids: Partial<Record<NamedDimension, string[]>>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const uuids = (list: string[] | undefined) => [...new Set((list ?? []).filter((v) => /^[0-9a-f-]{36}$/i.test(v)))];
  const app = uuids(ids.app);
  const program = uuids(ids.program);
  const affiliate = uuids(ids.affiliate);
  const link = uuids(ids.link);
  const [a, p, f, l] = await Promise.all([
    app.length ? db.select({ id: apps.id, name: apps.name }).from(apps).where(inArray(apps.id, app)) : [],
    program.length
      ? db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, program))
      : [],
    affiliate.length
      ? db
          .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email })
          .from(users)
          .where(inArray(users.id, affiliate))
      : [],
    link.length ? db.select({ id: links.id, name: links.name }).from(links).where(inArray(links.id, link)) : [],
  ]);
  for (const r of a) names.set(`app:${r.id}`, r.name);
  for (const r of p) names.set(`program:${r.id}`, r.name);
  for (const r of f) names.set(`affiliate:${r.id}`, personName(r));
  for (const r of l) names.set(`link:${r.id}`, r.name);
  return names;
}
