import { eq } from 'drizzle-orm';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import { call } from './api-client';
import { insertClick } from './conversions';
import type { TestSession } from './sessions';
import type { createTenant } from './tenant';

type Tenant = Awaited<ReturnType<typeof createTenant>>;

/** insertClick, then the columns it does not set (country, device, subs, link…) as given. */
export async function clickWith(
  db: Db,
  tenant: Tenant,
  opts: Parameters<typeof insertClick>[2] = {},
  columns: Partial<typeof s.clicks.$inferInsert> = {},
) {
  const row = await insertClick(db, tenant, opts);
  if (Object.keys(columns).length === 0) return row;
  const [updated] = await db.update(s.clicks).set(columns).where(eq(s.clicks.id, row.id)).returning();
  return updated!;
}

/** Every page of a paged click list, following nextCursor; fails on any non-200. */
export async function allPages(session: TestSession, path: string, limit: number): Promise<{ id: string }[][]> {
  const pages: { id: string }[][] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const res: { status: number; body: any } = await call(
      session,
      'GET',
      `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    if (res.status !== 200) throw new Error(`${res.status}: ${JSON.stringify(res.body)}`);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return pages;
}
