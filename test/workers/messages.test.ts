import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../schema';
import { uuidv7 } from '../../workers/contracts/ids';
import type { Db } from '../../workers/db/client';
import { MESSAGE_BURST } from '../../workers/domain/message-rules';
import { type Advertiser, createStaff, useTwoAdvertisers } from '../actors';
import { type ApiResult, call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { createUserSession, type TestSession } from '../sessions';
import { workerFetch } from '../worker-fetch';
import { useTestDatabase } from '../worker-env';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

const thread = (a: Advertiser, affiliateId = a.affiliate.id) => `/orgs/${a.org.id}/message-threads/${affiliateId}`;
const mine = (a: Advertiser) => `/affiliate/orgs/${a.org.id}`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

async function upload(who: TestSession, path: string, body: Uint8Array, contentType = 'image/png'): Promise<ApiResult> {
  const res = await workerFetch(`https://api.test/api${path}`, {
    method: 'POST',
    headers: { ...who.headers, 'content-type': contentType },
    body,
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const unread = async (who: TestSession, path: string) => {
  const res = await call(who, 'GET', path);
  expectStatus(res, 200);
  return res.body.unread as number;
};

/** The in-app `message` notifications a user got about a thread. */
const notes = (userId: string, threadId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(
      and(
        eq(s.notifications.userId, userId),
        eq(s.notifications.event, 'message'),
        eq(s.notifications.channel, 'in_app'),
      ),
    )
    .then((rows) => rows.filter((n) => (n.data as { threadId?: string }).threadId === threadId));

/** A fresh affiliate enrolled in the advertiser's program, with a name to search for. */
async function newAffiliate(a: Advertiser, firstName: string) {
  const session = await createUserSession(db, { approvedAffiliate: true });
  await db.update(s.users).set({ firstName }).where(eq(s.users.id, session.userId));
  await db.insert(s.enrollments).values({
    programId: a.program.id,
    affiliateId: session.userId,
    organizationId: a.org.id,
    status: 'active',
    refCode: `M${uuidv7().slice(-10)}`,
  });
  return session;
}

describe('a thread between an advertiser and an affiliate', () => {
  it('carries both sides with names, counts unread per member, and notifies once until read', async () => {
    const first = await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages`, {
      body: 'Hi! Can I get a coupon?',
    });
    expectStatus(first, 201);
    const threadId = first.body.threadId as string;
    expectStatus(await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages`, { body: 'And a banner?' }), 201);

    // Each inbox member counts on their own; finance has no inbox.
    expect(await unread(acme.owner, `/orgs/${acme.org.id}/unread-messages`)).toBe(2);
    expect(await unread(acme.admin, `/orgs/${acme.org.id}/unread-messages`)).toBe(2);
    expectStatus(await call(acme.finance, 'GET', `/orgs/${acme.org.id}/message-threads`), 403, 'forbidden');
    expect(await unread(acme.affiliateSession, `${mine(acme)}/unread-messages`)).toBe(0);

    const inbox = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/message-threads`);
    expectStatus(inbox, 200);
    expect(inbox.body.items).toEqual([
      expect.objectContaining({
        id: threadId,
        affiliate: expect.objectContaining({ id: acme.affiliate.id, name: expect.stringContaining('Alice') }),
        lastMessage: { side: 'affiliate', body: 'And a banner?', hasImage: false, deleted: false },
        unread: 2,
      }),
    ]);

    const page = await call(acme.owner, 'GET', `${thread(acme)}/messages`);
    expectStatus(page, 200);
    expect(page.body.items.map((m: any) => [m.side, m.body, m.mine])).toEqual([
      ['affiliate', 'And a banner?', false],
      ['affiliate', 'Hi! Can I get a coupon?', false],
    ]);
    expect(page.body.items[0].authorName).toContain('Alice');

    // A burst before the owner reads: one notification to each inbox member, none to finance.
    await eventually(
      async () => (await notes(acme.admin.userId, threadId)).length === 1 || undefined,
      30_000,
      'admin told',
    );
    await eventually(
      async () => (await notes(acme.owner.userId, threadId)).length === 1 || undefined,
      30_000,
      'owner told',
    );
    expect(await notes(acme.finance.userId, threadId)).toEqual([]);

    expectStatus(await call(acme.owner, 'POST', `${thread(acme)}/read`), 204);
    expect(await unread(acme.owner, `/orgs/${acme.org.id}/unread-messages`)).toBe(0);
    expect(await unread(acme.admin, `/orgs/${acme.org.id}/unread-messages`)).toBe(2);
    const onlyUnread = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/message-threads?unread=true`);
    expect(onlyUnread.body.items).toEqual([]);

    const answer = await call(acme.owner, 'POST', `${thread(acme)}/messages`, { body: 'Sure: use ACME10 <b>now</b>' });
    expectStatus(answer, 201);
    expect(answer.body.threadId).toBe(threadId);
    expect(await unread(acme.affiliateSession, `${mine(acme)}/unread-messages`)).toBe(1);
    const seen = await call(acme.affiliateSession, 'GET', `${mine(acme)}/messages?limit=2`);
    expect(seen.body.items[0]).toMatchObject({ side: 'advertiser', body: 'Sure: use ACME10 <b>now</b>', mine: false });
    // The owner has no name: the affiliate reads the advertiser's, never the email's local part ("ceo").
    expect(seen.body.items[0].authorName).toBe(acme.org.name);
    expect(seen.body.nextCursor).toBe(seen.body.items[1].id);
    const older = await call(
      acme.affiliateSession,
      'GET',
      `${mine(acme)}/messages?limit=2&before=${seen.body.nextCursor}`,
    );
    expect(older.body.items.map((m: any) => m.body)).toEqual(['Hi! Can I get a coupon?']);
    expect(older.body.nextCursor).toBeNull();
    expectStatus(await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages/read`), 204);
    expect(await unread(acme.affiliateSession, `${mine(acme)}/unread-messages`)).toBe(0);

    // The owner read the thread, so the affiliate's next message tells the owner again; the admin never read.
    expectStatus(await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages`, { body: 'Thanks!' }), 201);
    await eventually(
      async () => (await notes(acme.owner.userId, threadId)).length === 2 || undefined,
      30_000,
      'owner again',
    );
    expect(await notes(acme.admin.userId, threadId)).toHaveLength(1);
    // The owner's answer reached the affiliate once (its delivery is a queue's, waited for like the others).
    await eventually(
      async () => (await notes(acme.affiliate.id, threadId)).length === 1 || undefined,
      30_000,
      'affiliate told',
    );
    expect(await notes(acme.affiliate.id, threadId)).toHaveLength(1);
  });

  it('is one per advertiser and affiliate, whatever programs the affiliate is in', async () => {
    const [second] = await db
      .insert(s.programs)
      .values({ ...programCopy(acme), name: 'Second program', slug: `second-${uuidv7()}`, postbackSecretHash: null })
      .returning();
    await db.insert(s.enrollments).values({
      programId: second!.id,
      affiliateId: acme.affiliate.id,
      organizationId: acme.org.id,
      status: 'active',
      refCode: `S${uuidv7().slice(-10)}`,
    });
    const a = await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages`, { body: 'From the second program' });
    const threads = await db.select().from(s.messageThreads).where(eq(s.messageThreads.affiliateId, acme.affiliate.id));
    expect(threads.map((t) => t.id)).toEqual([a.body.threadId]);
  });

  it('keeps each thread to its two parties', async () => {
    // Another advertiser's staff, and an affiliate not enrolled with acme, reach nothing of acme's thread.
    expectStatus(await call(other.owner, 'GET', `${thread(acme)}/messages`), 404, 'not_found');
    expectStatus(await call(other.owner, 'GET', `${thread(other, acme.affiliate.id)}/messages`), 404, 'not_found');
    expectStatus(
      await call(other.owner, 'POST', `${thread(other, acme.affiliate.id)}/messages`, { body: 'x' }),
      404,
      'not_found',
    );
    expectStatus(await call(acme.owner, 'POST', `${thread(acme, other.affiliate.id)}/messages`, { body: 'x' }), 404);
    expectStatus(await call(other.affiliateSession, 'POST', `${mine(acme)}/messages`, { body: 'x' }), 404, 'not_found');
    expectStatus(await call(other.affiliateSession, 'GET', `${mine(acme)}/messages`), 404, 'not_found');
    expectStatus(await call(acme.owner, 'GET', `${mine(acme)}/messages`), 404, 'not_found');
    // Another affiliate of acme has its own (empty) thread, and acme's inbox never shows other's threads.
    const bob = await newAffiliate(acme, 'Bob');
    expect((await call(bob, 'GET', `${mine(acme)}/messages`)).body.items).toEqual([]);
    expectStatus(await call(other.affiliateSession, 'POST', `${mine(other)}/messages`, { body: 'Hello other' }), 201);
    const inbox = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/message-threads?limit=100`);
    expect(inbox.body.items.map((t: any) => t.affiliate.id)).not.toContain(other.affiliate.id);
    // A cursor of another advertiser's thread is refused like an unknown one.
    const [otherThread] = await db
      .select()
      .from(s.messageThreads)
      .where(eq(s.messageThreads.organizationId, other.org.id));
    expectStatus(
      await call(acme.owner, 'GET', `/orgs/${acme.org.id}/message-threads?cursor=${otherThread!.id}`),
      400,
      'invalid_cursor',
    );
  });

  it('lists the inbox by search and keyset pages', async () => {
    const carol = await newAffiliate(acme, 'Carolina');
    const dave = await newAffiliate(acme, 'Dave');
    expectStatus(await call(carol, 'POST', `${mine(acme)}/messages`, { body: 'Carol here' }), 201);
    expectStatus(await call(dave, 'POST', `${mine(acme)}/messages`, { body: 'Dave here' }), 201);
    const found = await call(acme.admin, 'GET', `/orgs/${acme.org.id}/message-threads?search=caroli`);
    expect(found.body.items.map((t: any) => t.affiliate.name)).toEqual(['Carolina']);
    const pct = await call(acme.admin, 'GET', `/orgs/${acme.org.id}/message-threads?search=%25`);
    expect(pct.body.items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResult = await call(
        acme.admin,
        'GET',
        `/orgs/${acme.org.id}/message-threads?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expectStatus(res, 200);
      seen.push(...res.body.items.map((t: any) => t.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const all = await db.select().from(s.messageThreads).where(eq(s.messageThreads.organizationId, acme.org.id));
    expect(seen.sort()).toEqual(all.map((t) => t.id).sort());
  });

  it('limits how fast one person sends', async () => {
    const eve = await newAffiliate(acme, 'Eve');
    const sent = await call(eve, 'POST', `${mine(acme)}/messages`, { body: 'one' });
    const burst = Array.from({ length: MESSAGE_BURST.max - 1 }, () => ({
      threadId: sent.body.threadId,
      organizationId: acme.org.id,
      side: 'affiliate' as const,
      authorId: eve.userId,
      body: 'spam',
    }));
    await db.insert(s.messages).values(burst);
    expectStatus(await call(eve, 'POST', `${mine(acme)}/messages`, { body: 'one too many' }), 429, 'rate_limited');
    expectStatus(await call(eve, 'POST', `${mine(acme)}/messages`, { body: '   ' }), 400, 'validation_failed');
  });
});

describe('image attachments', () => {
  it('are sniffed, private to the two parties, and bound to their thread', async () => {
    const up = await upload(acme.affiliateSession, `${mine(acme)}/message-images`, PNG, 'image/jpeg');
    expectStatus(up, 201);
    expect(up.body).toMatchObject({ contentType: 'image/png', bytes: PNG.length });
    expectStatus(await upload(acme.affiliateSession, `${mine(acme)}/message-images`, SVG, 'image/svg+xml'), 415);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PNG);
    expectStatus(await upload(acme.affiliateSession, `${mine(acme)}/message-images`, big), 413, 'payload_too_large');

    // Another thread's key is refused; this thread's key is attached once.
    const elsewhere = await upload(acme.owner, `${thread(acme)}/images`, PNG);
    expectStatus(elsewhere, 201);
    expectStatus(
      await call(other.affiliateSession, 'POST', `${mine(other)}/messages`, { body: '', attachmentKey: up.body.key }),
      400,
      'validation_failed',
    );
    const sent = await call(acme.affiliateSession, 'POST', `${mine(acme)}/messages`, {
      body: '',
      attachmentKey: up.body.key,
    });
    expectStatus(sent, 201);

    const page = await call(acme.owner, 'GET', `${thread(acme)}/messages?limit=1`);
    expect(page.body.items[0].attachment).toEqual({ contentType: 'image/png', bytes: PNG.length });
    const image = await workerFetch(`https://api.test/api${thread(acme)}/messages/${sent.body.id}/image`, {
      headers: acme.owner.headers,
    });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toBe('private, no-cache');
    const etag = image.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG);
    // The browser revalidates every use: its tag answers 304 without the bytes, another tag the image again.
    const again = await workerFetch(`https://api.test/api${thread(acme)}/messages/${sent.body.id}/image`, {
      headers: { ...acme.owner.headers, 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('private, no-cache');
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    const stale = await workerFetch(`https://api.test/api${thread(acme)}/messages/${sent.body.id}/image`, {
      headers: { ...acme.owner.headers, 'if-none-match': '"not-this-one"' },
    });
    expect(stale.status).toBe(200);
    expect(new Uint8Array(await stale.arrayBuffer())).toEqual(PNG);
    // The tag opens nothing by itself: the other advertiser's owner and affiliate still find no image.
    for (const [who, url] of [
      [other.owner, `${thread(acme)}/messages/${sent.body.id}/image`],
      [other.affiliateSession, `${mine(other)}/messages/${sent.body.id}/image`],
    ] as const) {
      const res = await workerFetch(`https://api.test/api${url}`, {
        headers: { ...who.headers, 'if-none-match': etag! },
      });
      expect(res.status).toBe(404);
      await res.arrayBuffer();
    }
    const own = await workerFetch(`https://api.test/api${mine(acme)}/messages/${sent.body.id}/image`, {
      headers: acme.affiliateSession.headers,
    });
    expect(own.status).toBe(200);
    await own.arrayBuffer();

    expectStatus(await call(other.owner, 'GET', `${thread(acme)}/messages/${sent.body.id}/image`), 404);
    expectStatus(await call(other.affiliateSession, 'GET', `${mine(other)}/messages/${sent.body.id}/image`), 404);
    // Never through the public uploads route.
    const pub = await workerFetch(`https://api.test/api/uploads/${encodeURIComponent(up.body.key)}`);
    expect([400, 404]).toContain(pub.status);
    await pub.arrayBuffer();
  });
});

describe('editing and deleting one’s own message', () => {
  const auditOf = (targetId: string) => db.select().from(s.auditLog).where(eq(s.auditLog.targetId, targetId));
  const imageOf = (who: TestSession, path: string, etag?: string) =>
    workerFetch(`https://api.test/api${path}`, {
      headers: etag ? { ...who.headers, 'if-none-match': etag } : who.headers,
    }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });

  it('lets the author edit within 15 minutes, shown as edited on both sides; members’ edits are audited', async () => {
    const aff = await newAffiliate(acme, 'Edna');
    const path = thread(acme, aff.userId);
    const theirs = await call(aff, 'POST', `${mine(acme)}/messages`, { body: 'Helo' });
    const ours = await call(acme.owner, 'POST', `${path}/messages`, { body: 'Welcom!' });
    expectStatus(theirs, 201);
    expectStatus(ours, 201);

    expectStatus(await call(aff, 'PATCH', `${mine(acme)}/messages/${theirs.body.id}`, { body: ' Hello ' }), 204);
    expectStatus(await call(acme.owner, 'PATCH', `${path}/messages/${ours.body.id}`, { body: 'Welcome!' }), 204);
    for (const [who, url] of [
      [acme.admin, `${path}/messages`],
      [aff, `${mine(acme)}/messages`],
    ] as const) {
      const page = await call(who, 'GET', url);
      expectStatus(page, 200);
      expect(page.body.items.map((m: any) => [m.body, m.editedAt !== null, m.deletedAt])).toEqual([
        ['Welcome!', true, null],
        ['Hello', true, null],
      ]);
    }
    // The member's edit is in the advertiser's audit log, without the private text; the affiliate's is not.
    const [edited] = await auditOf(ours.body.id);
    expect(edited).toMatchObject({ action: 'message.edited', actorId: acme.owner.userId, organizationId: acme.org.id });
    expect(JSON.stringify(edited!.after)).not.toContain('Welcome');
    expect(await auditOf(theirs.body.id)).toEqual([]);

    // Only the author: the other side and another member are refused with a code, never 500.
    expectStatus(
      await call(acme.owner, 'PATCH', `${path}/messages/${theirs.body.id}`, { body: 'x' }),
      403,
      'forbidden',
    );
    expectStatus(await call(acme.admin, 'PATCH', `${path}/messages/${ours.body.id}`, { body: 'x' }), 403, 'forbidden');
    expectStatus(await call(acme.admin, 'DELETE', `${path}/messages/${ours.body.id}`), 403, 'forbidden');
    expectStatus(await call(aff, 'PATCH', `${mine(acme)}/messages/${ours.body.id}`, { body: 'x' }), 403, 'forbidden');
    expectStatus(await call(aff, 'DELETE', `${mine(acme)}/messages/${ours.body.id}`), 403, 'forbidden');
    expectStatus(await call(acme.finance, 'DELETE', `${path}/messages/${ours.body.id}`), 403, 'forbidden');
    // The other advertiser, its owner and its affiliate, find nothing of acme's thread.
    expectStatus(await call(other.owner, 'PATCH', `${path}/messages/${ours.body.id}`, { body: 'x' }), 404);
    expectStatus(await call(other.owner, 'DELETE', `${thread(other)}/messages/${ours.body.id}`), 404, 'not_found');
    expectStatus(
      await call(other.affiliateSession, 'PATCH', `${mine(other)}/messages/${theirs.body.id}`, { body: 'x' }),
      404,
      'not_found',
    );
    expectStatus(await call(other.affiliateSession, 'DELETE', `${mine(other)}/messages/${theirs.body.id}`), 404);
    expectStatus(await call(acme.owner, 'PATCH', `${path}/messages/${uuidv7()}`, { body: 'x' }), 404, 'not_found');
    // The body is checked: no stray fields, no empty text without an image, at most 5,000 characters.
    expectStatus(await call(aff, 'PATCH', `${mine(acme)}/messages/${theirs.body.id}`, { body: 'x', side: 'x' }), 400);
    expectStatus(await call(aff, 'PATCH', `${mine(acme)}/messages/${theirs.body.id}`, { body: '  ' }), 400);
    expectStatus(
      await call(aff, 'PATCH', `${mine(acme)}/messages/${theirs.body.id}`, { body: 'x'.repeat(5_001) }),
      400,
    );
    const after = await call(aff, 'GET', `${mine(acme)}/messages`);
    expect(after.body.items.map((m: any) => m.body)).toEqual(['Welcome!', 'Hello']);

    // Past the window the text stays as it is; deleting is still allowed.
    await db
      .update(s.messages)
      .set({ createdAt: new Date(Date.now() - 16 * 60_000) })
      .where(eq(s.messages.id, theirs.body.id));
    expectStatus(
      await call(aff, 'PATCH', `${mine(acme)}/messages/${theirs.body.id}`, { body: 'Late' }),
      409,
      'message_not_editable',
    );
    expectStatus(await call(aff, 'DELETE', `${mine(acme)}/messages/${theirs.body.id}`), 204);
  });

  it('deletes at any time, leaving "message deleted" in place, and stops serving its image', async () => {
    const aff = await newAffiliate(acme, 'Dora');
    const path = thread(acme, aff.userId);
    expectStatus(await call(aff, 'POST', `${mine(acme)}/messages`, { body: 'Before' }), 201);
    const up = await upload(acme.owner, `${path}/images`, PNG);
    expectStatus(up, 201);
    const sent = await call(acme.owner, 'POST', `${path}/messages`, { body: 'See this', attachmentKey: up.body.key });
    expectStatus(sent, 201);
    expectStatus(await call(aff, 'POST', `${mine(acme)}/messages`, { body: 'After' }), 201);
    const shown = await workerFetch(`https://api.test/api${mine(acme)}/messages/${sent.body.id}/image`, {
      headers: aff.headers,
    });
    expect(shown.status).toBe(200);
    await shown.arrayBuffer();
    const etag = shown.headers.get('etag')!;
    expect(await imageOf(aff, `${mine(acme)}/messages/${sent.body.id}/image`, etag)).toBe(304);

    expectStatus(await call(acme.owner, 'DELETE', `${path}/messages/${sent.body.id}`), 204);
    for (const [who, url] of [
      [acme.admin, path],
      [aff, mine(acme)],
    ] as const) {
      const page = await call(who, 'GET', `${url}/messages`);
      expect(page.body.items.map((m: any) => [m.body, m.attachment, m.deletedAt !== null])).toEqual([
        ['After', null, false],
        ['', null, true],
        ['Before', null, false],
      ]);
      expect(await imageOf(who, `${url}/messages/${sent.body.id}/image`)).toBe(404);
      // The browser's copy is revalidated, not shown again: its old tag gets a 404 too.
      expect(await imageOf(who, `${url}/messages/${sent.body.id}/image`, etag)).toBe(404);
    }
    expect(await env.UPLOADS.head(up.body.key)).toBeNull();
    const [deleted] = await auditOf(sent.body.id);
    expect(deleted).toMatchObject({ action: 'message.deleted', actorId: acme.owner.userId });

    // The inbox previews a deleted last message as deleted, not as an empty line.
    const newest = (await call(aff, 'GET', `${mine(acme)}/messages?limit=1`)).body.items[0];
    expect(newest.body).toBe('After');
    expectStatus(await call(aff, 'DELETE', `${mine(acme)}/messages/${newest.id}`), 204);
    const inbox = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/message-threads?search=Dora`);
    expect(inbox.body.items[0].lastMessage).toEqual({ side: 'affiliate', body: '', hasImage: false, deleted: true });

    // Deleting again changes nothing; a deleted message cannot be edited back.
    expectStatus(await call(acme.owner, 'DELETE', `${path}/messages/${sent.body.id}`), 204);
    expect(await auditOf(sent.body.id)).toHaveLength(1);
    expectStatus(
      await call(acme.owner, 'PATCH', `${path}/messages/${sent.body.id}`, { body: 'Back' }),
      409,
      'message_not_editable',
    );
  });
});

describe('support access', () => {
  it('lets staff read only under the owner’s grant, audited, and never write', async () => {
    const staff = await createStaff(db, 'platform_admin');
    const support = await createStaff(db, 'support');
    expectStatus(await call(staff, 'GET', `${thread(acme)}/messages`), 403, 'support_access_required');
    expectStatus(await call(support, 'GET', `/orgs/${acme.org.id}/message-threads`), 403, 'support_access_required');

    const body = { days: 3, reason: 'Ticket #42' };
    expectStatus(await call(acme.admin, 'POST', `/orgs/${acme.org.id}/support-access`, body), 403, 'forbidden');
    expectStatus(await call(staff, 'POST', `/orgs/${acme.org.id}/support-access`, body), 403, 'forbidden');
    const grant = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/support-access`, body);
    expectStatus(grant, 201);

    expectStatus(await call(staff, 'GET', `${thread(acme)}/messages`), 200);
    expectStatus(await call(support, 'GET', `/orgs/${acme.org.id}/message-threads`), 200);
    expectStatus(await call(staff, 'POST', `${thread(acme)}/messages`, { body: 'hi' }), 403, 'forbidden');
    expectStatus(await call(staff, 'DELETE', `${thread(acme)}/messages/${uuidv7()}`), 403, 'forbidden');
    expectStatus(await call(staff, 'PATCH', `${thread(acme)}/messages/${uuidv7()}`, { body: 'hi' }), 403, 'forbidden');
    // Acme's grant opens nothing of other's.
    expectStatus(await call(staff, 'GET', `${thread(other)}/messages`), 403, 'support_access_required');

    const reads = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.organizationId, acme.org.id), eq(s.auditLog.action, 'support_access.thread_read')));
    expect(reads.map((r) => r.actorId).sort()).toEqual([staff.userId, support.userId].sort());
    const listed = await call(acme.admin, 'GET', `/orgs/${acme.org.id}/support-access`);
    expect(listed.body.items[0]).toMatchObject({ id: grant.body.id, reason: 'Ticket #42', active: true });

    expectStatus(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/support-access/${grant.body.id}`), 204);
    expectStatus(await call(other.owner, 'DELETE', `/orgs/${other.org.id}/support-access/${grant.body.id}`), 404);
    expectStatus(await call(staff, 'GET', `${thread(acme)}/messages`), 403, 'support_access_required');
    const audit = await db
      .select({ action: s.auditLog.action })
      .from(s.auditLog)
      .where(eq(s.auditLog.targetId, grant.body.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['support_access.granted', 'support_access.revoked']);
  });
});

function programCopy(a: Advertiser) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = a.program as typeof s.programs.$inferSelect;
  return rest;
}
