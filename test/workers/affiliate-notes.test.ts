import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { type Advertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const base = (a: Advertiser, affiliateId = a.affiliate.id) => `/orgs/${a.org.id}/affiliates/${affiliateId}`;

const audited = (organizationId: string, action: s.AuditAction) =>
  db
    .select({ after: s.auditLog.after, before: s.auditLog.before, targetId: s.auditLog.targetId })
    .from(s.auditLog)
    .where(and(eq(s.auditLog.organizationId, organizationId), eq(s.auditLog.action, action)));

describe('notes about an affiliate', () => {
  it('are written by owner and admin, read by every member, audited, and kept to the advertiser', async () => {
    const added = await call(acme.admin, 'POST', `${base(acme)}/notes`, { body: '  Met at the conference  ' });
    expectStatus(added, 201);
    expectStatus(await call(acme.owner, 'POST', `${base(acme)}/notes`, { body: 'Asked for 35 %' }), 201);
    expectStatus(await call(acme.finance, 'POST', `${base(acme)}/notes`, { body: 'x' }), 403, 'forbidden');

    const list = await call(acme.finance, 'GET', `${base(acme)}/notes`);
    expectStatus(list, 200);
    expect(list.body.items.map((n: any) => n.body)).toEqual(['Asked for 35 %', 'Met at the conference']);
    expect(list.body.items[1].author).toEqual({ id: acme.admin.userId, name: expect.any(String) });
    expect((await audited(acme.org.id, 'affiliate.note_added')).map((a) => a.after)).toContainEqual({
      noteId: added.body.id,
      body: 'Met at the conference',
    });

    // The other advertiser, the affiliate itself and an affiliate not enrolled here see nothing of them.
    expectStatus(await call(other.owner, 'GET', `${base(acme)}/notes`), 404);
    expectStatus(await call(acme.affiliateSession, 'GET', `${base(acme)}/notes`), 404);
    expectStatus(await call(other.owner, 'GET', `${base(other, acme.affiliate.id)}/notes`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${base(acme, other.affiliate.id)}/notes`), 404, 'not_found');
    expectStatus(
      await call(other.owner, 'DELETE', `${base(other, other.affiliate.id)}/notes/${added.body.id}`),
      404,
      'not_found',
    );

    expectStatus(await call(acme.owner, 'DELETE', `${base(acme)}/notes/${added.body.id}`), 204);
    expectStatus(await call(acme.owner, 'DELETE', `${base(acme)}/notes/${added.body.id}`), 404, 'not_found');
    expect((await audited(acme.org.id, 'affiliate.note_deleted')).map((a) => a.before)).toEqual([
      { noteId: added.body.id, body: 'Met at the conference' },
    ]);
    const after = await call(acme.owner, 'GET', `${base(acme)}/notes`);
    expect(after.body.items.map((n: any) => n.body)).toEqual(['Asked for 35 %']);
  });

  it('refuses empty, long or malformed input with 400', async () => {
    for (const body of [{}, { body: '   ' }, { body: 'x'.repeat(5_001) }, { body: 'ok', extra: 1 }])
      expectStatus(await call(acme.owner, 'POST', `${base(acme)}/notes`, body), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'GET', `/orgs/${acme.org.id}/affiliates/nope/notes`), 400, 'validation_failed');
    expectStatus(await call(acme.owner, 'DELETE', `${base(acme)}/notes/${uuidv7()}`), 404, 'not_found');
  });
});

describe('tags of an affiliate', () => {
  it('are lower-cased, unique, bounded, audited and the advertiser’s own', async () => {
    const vip = await call(acme.admin, 'POST', `${base(acme)}/tags`, { tag: ' VIP ' });
    expectStatus(vip, 200);
    expect(vip.body).toEqual({ id: expect.any(String), tag: 'vip' });
    const again = await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: 'vip' });
    expect(again.body).toEqual(vip.body);
    expectStatus(await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: 'coupon sites' }), 200);
    expectStatus(await call(acme.finance, 'POST', `${base(acme)}/tags`, { tag: 'x' }), 403, 'forbidden');
    expectStatus(await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: '#bad' }), 400, 'validation_failed');
    expectStatus(
      await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: 'x'.repeat(41) }),
      400,
      'validation_failed',
    );

    const list = await call(acme.finance, 'GET', `${base(acme)}/tags`);
    expect(list.body.items.map((t: any) => t.tag)).toEqual(['coupon sites', 'vip']);
    expect(await audited(acme.org.id, 'affiliate.tag_added')).toHaveLength(2);
    expectStatus(await call(other.owner, 'GET', `${base(acme)}/tags`), 404);
    expectStatus(await call(other.owner, 'DELETE', `${base(other, other.affiliate.id)}/tags/${vip.body.id}`), 404);

    for (let i = 0; i < 18; i++) await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: `t${i}` });
    expectStatus(await call(acme.owner, 'POST', `${base(acme)}/tags`, { tag: 'one more' }), 409, 'tag_limit_reached');

    expectStatus(await call(acme.owner, 'DELETE', `${base(acme)}/tags/${vip.body.id}`), 204);
    expect((await audited(acme.org.id, 'affiliate.tag_removed')).map((a) => a.before)).toEqual([{ tag: 'vip' }]);
    const left = await call(acme.owner, 'GET', `${base(acme)}/tags`);
    expect(left.body.items.map((t: any) => t.tag)).not.toContain('vip');
  });
});
