import { env } from 'cloudflare:workers';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { PlanCode } from '../../schema/enums';
import type { Db } from '../../workers/db/client';
import { routingKeys } from '../../workers/contracts/routing';
import { loadConfig } from '../../workers/env';
import { createLogger } from '../../workers/logging';
import { pollDomains, releaseClosedDomains } from '../../workers/services/domains';
import { publishRouting } from '../../workers/services/tracking';
import { clearKvCache } from '../../workers/tracker/kv-cache';
import { type Advertiser, createAdvertiser, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { eventually } from '../eventually';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
useTwoAdvertisers((t) => {
  ({ db, acme, other } = t);
});

const CNAME_TARGET = 'customers.affiliate-edge.net';
const control = env.CLOUDFLARE_API_BASE_URL!.replace(/\/client\/v4$/, '');
let counter = 0;
// The Cloudflare server is shared by every test file: each hostname is new.
const newHostname = (label = 'go') => `${label}.brand-${Date.now().toString(36)}-${counter++}.com`;

const ctx = (now = new Date()) => ({ db, config: loadConfig(env), now, log: createLogger() });
// Each poll counts as a Cloudflare read; the shared server activates a hostname on its third.
const poll = () => pollDomains({ ctx: ctx(), input: { status: 'pending', limit: 100, minIntervalSeconds: 0 } });
// The cron's re-check of active domains: each at most once every 6 hours.
const recheck = () =>
  pollDomains({ ctx: ctx(), input: { status: 'active', limit: 100, minIntervalSeconds: 6 * 3600 } });
const release = () => releaseClosedDomains({ ctx: ctx(), input: { limit: 100 } });
/** Makes a domain due for its re-check, as if it had last been read 7 hours ago. */
const checkedHoursAgo = (id: string, hours: number) =>
  db
    .update(s.customDomains)
    .set({ checkedAt: new Date(Date.now() - hours * 3_600_000) })
    .where(eq(s.customDomains.id, id));

async function cloudflare(path: string, body?: unknown) {
  const res = await fetch(`${control}/__control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return (await res.json()) as any;
}
const atCloudflare = async (hostname: string) =>
  ((await cloudflare('hostnames')).hostnames as { hostname: string; status: string }[]).find(
    (h) => h.hostname === hostname,
  );

async function add(who: Advertiser, hostname: string, purpose = 'tracking') {
  const res = await call(who.owner, 'POST', `/orgs/${who.org.id}/domains`, { hostname, purpose });
  expectStatus(res, 201);
  return res.body;
}

async function setPlan(who: Advertiser, code: PlanCode) {
  const [plan] = await db.select().from(s.plans).where(eq(s.plans.code, code));
  await db.update(s.organizations).set({ planId: plan!.id }).where(eq(s.organizations.id, who.org.id));
}

const domainRow = async (id: string) => (await db.select().from(s.customDomains).where(eq(s.customDomains.id, id)))[0];

// The in-app rows: one per user and change (email rows, on by default, are the same change again).
const notificationsFor = (domainId: string) =>
  db
    .select()
    .from(s.notifications)
    .where(
      and(
        eq(s.notifications.event, 'custom_domain'),
        eq(s.notifications.organizationId, acme.org.id),
        // One row per channel; the in-app inbox counts each person once.
        eq(s.notifications.channel, 'in_app'),
      ),
    )
    .then((rows) => rows.filter((n) => (n.data as { domainId?: string }).domainId === domainId));

describe('adding a domain', () => {
  it('creates the Cloudflare custom hostname and answers the DNS records to add', async () => {
    const hostname = newHostname();
    const body = await add(acme, hostname.toUpperCase());
    expect(body).toMatchObject({ hostname, purpose: 'tracking', status: 'pending', failureReason: null });
    const cf = await atCloudflare(hostname);
    expect(cf).toMatchObject({ status: 'pending', ssl: { method: 'txt', type: 'dv' } });
    expect(body.records).toEqual([
      { type: 'CNAME', name: hostname, value: CNAME_TARGET, purpose: 'routing' },
      {
        type: 'TXT',
        name: `_cf-custom-hostname.${hostname}`,
        value: (cf as any).ownership_verification.value,
        purpose: 'ownership',
      },
      {
        type: 'TXT',
        name: `_acme-challenge.${hostname}`,
        value: (cf as any).ssl.validation_records[0].txt_value,
        purpose: 'certificate',
      },
    ]);
    const row = await domainRow(body.id);
    expect(row).toMatchObject({ organizationId: acme.org.id, cloudflareId: (cf as any).id, status: 'pending' });
    const [audit] = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, body.id));
    expect(audit).toMatchObject({ action: 'domain.added', actorId: acme.owner.userId, organizationId: acme.org.id });
  });

  it.each([
    ['an IP address', '203.0.113.10'],
    ['localhost', 'localhost'],
    ['a name under localhost', 'shop.localhost'],
    ['a URL', 'https://go.brand.com/'],
    ['a port', 'go.brand.com:8443'],
    ['our CNAME target', CNAME_TARGET],
    ['a name under our CNAME target', `acme.${CNAME_TARGET}`],
    ['a reserved name', 'go.brand.internal'],
  ])('refuses %s with hostname_not_allowed', async (_label, hostname) => {
    const res = await call(acme.owner, 'POST', `/orgs/${acme.org.id}/domains`, { hostname, purpose: 'tracking' });
    expectStatus(res, 400, 'hostname_not_allowed');
  });

  it('refuses a bad purpose and unknown fields as validation errors', async () => {
    const path = `/orgs/${acme.org.id}/domains`;
    expectStatus(
      await call(acme.owner, 'POST', path, { hostname: newHostname(), purpose: 'email' }),
      400,
      'validation_failed',
    );
    expectStatus(await call(acme.owner, 'POST', path, { hostname: newHostname(), ssl: 'x' }), 400, 'validation_failed');
  });

  it('a hostname belongs to one organization: the same or another tenant adding it again gets domain_taken', async () => {
    const hostname = newHostname();
    await add(acme, hostname);
    for (const who of [acme, other]) {
      const res = await call(who.owner, 'POST', `/orgs/${who.org.id}/domains`, { hostname, purpose: 'portal' });
      expectStatus(res, 409, 'domain_taken');
    }
    expect(await db.select().from(s.customDomains).where(eq(s.customDomains.hostname, hostname))).toHaveLength(1);
  });

  it('finance members and affiliates may not manage domains', async () => {
    const path = `/orgs/${acme.org.id}/domains`;
    expectStatus(await call(acme.finance, 'GET', path), 403);
    expectStatus(await call(acme.finance, 'POST', path, { hostname: newHostname(), purpose: 'tracking' }), 403);
    expectStatus(await call(acme.admin, 'GET', path), 200);
  });
});

describe('plan limit', () => {
  it('Pro includes one domain: the first is added (exactly at the limit), the next is refused with 402', async () => {
    const { createAdvertiser } = await import('../actors');
    const pro = await createAdvertiser(db, { plan: 'pro' });
    const first = newHostname();
    await add(pro, first);
    const second = newHostname();
    const res = await call(pro.owner, 'POST', `/orgs/${pro.org.id}/domains`, { hostname: second, purpose: 'tracking' });
    expectStatus(res, 402, 'plan_limit_reached');
    expect(res.body.error.details).toEqual({ limit: 'customDomains', used: 1, allowed: 1, plan: 'pro' });
    // Refused before Cloudflare was asked.
    expect(await atCloudflare(second)).toBeUndefined();
    // Deleting the one frees the place.
    const [row] = await db.select().from(s.customDomains).where(eq(s.customDomains.hostname, first));
    expectStatus(await call(pro.owner, 'DELETE', `/orgs/${pro.org.id}/domains/${row!.id}`), 204);
    await add(pro, second);
  });

  it('a root domain is refused with hostname_is_apex (PSL: shop.co.uk too), and leaves the one Pro slot free', async () => {
    const { createAdvertiser } = await import('../actors');
    const pro = await createAdvertiser(db, { plan: 'pro' });
    const path = `/orgs/${pro.org.id}/domains`;
    const apex = `brand-${Date.now().toString(36)}-${counter++}.com`;
    for (const hostname of [apex, `Shop-${counter++}.CO.UK`, `brand-${counter++}.com.au`, `${apex}.`]) {
      const res = await call(pro.owner, 'POST', path, { hostname, purpose: 'tracking' });
      expectStatus(res, 400, 'hostname_is_apex');
      const normalized = hostname.toLowerCase().replace(/\.$/, '');
      expect(res.body.error.message).toBe(
        `${normalized} is a root domain, where DNS allows no CNAME record: use a subdomain of it, such as go.${normalized}`,
      );
      expect(res.body.error.details).toEqual({ hostname: normalized });
      expect(await atCloudflare(normalized)).toBeUndefined();
    }
    // A public suffix on its own is nobody's.
    expectStatus(
      await call(pro.owner, 'POST', path, { hostname: 'co.uk', purpose: 'tracking' }),
      400,
      'hostname_not_allowed',
    );
    expect(await db.select().from(s.customDomains).where(eq(s.customDomains.organizationId, pro.org.id))).toEqual([]);
    // The slot is still free for a subdomain of the same name.
    const sub = await add(pro, `go.${apex}`);
    expect(sub.hostname).toBe(`go.${apex}`);
  });

  it('Starter includes none', async () => {
    const { createAdvertiser } = await import('../actors');
    const starter = await createAdvertiser(db, { plan: 'starter' });
    const res = await call(starter.owner, 'POST', `/orgs/${starter.org.id}/domains`, {
      hostname: newHostname(),
      purpose: 'portal',
    });
    expectStatus(res, 402, 'plan_limit_reached');
    expect(res.body.error.details).toEqual({ limit: 'customDomains', used: 0, allowed: 0, plan: 'starter' });
    await setPlan(starter, 'business');
    await add(starter, newHostname());
  });
});

describe('listing', () => {
  it("lists the organization's own domains only", async () => {
    const mine = await add(acme, newHostname('list'));
    const theirs = await add(other, newHostname('list'));
    const acmeList = await call(acme.admin, 'GET', `/orgs/${acme.org.id}/domains`);
    expectStatus(acmeList, 200);
    const ids = acmeList.body.items.map((d: { id: string }) => d.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(acmeList.body.items.find((d: { id: string }) => d.id === mine.id).records[0]).toEqual({
      type: 'CNAME',
      name: mine.hostname,
      value: CNAME_TARGET,
      purpose: 'routing',
    });
  });
});

describe('verification by the cron', () => {
  it('pending → active once Cloudflare reports both active; owners and admins are notified once; the host is published', async () => {
    const d = await add(acme, newHostname());
    await poll();
    expect((await domainRow(d.id))!.status).toBe('pending');
    await poll();
    await poll();
    const row = (await domainRow(d.id))!;
    expect(row).toMatchObject({ status: 'active', hostnameStatus: 'active', sslStatus: 'active', failureReason: null });
    expect(row.activatedAt).toBeInstanceOf(Date);
    // The certificate is issued: its validation record is no longer asked for.
    expect(row.records.map((r) => r.purpose)).toEqual(['routing', 'ownership']);
    expect(await env.ROUTING.get(routingKeys.host(d.hostname), 'json')).toEqual({
      v: 1,
      hostname: d.hostname,
      organizationId: acme.org.id,
    });
    await poll(); // an active domain is not polled again, nor notified twice
    const notes = await eventually(
      async () => {
        const rows = await notificationsFor(d.id);
        return rows.length >= 2 ? rows : undefined;
      },
      30_000,
      'domain notifications',
    );
    expect(notes.map((n) => n.userId).sort()).toEqual([acme.owner.userId, acme.admin.userId].sort());
    expect(notes[0]!.title).toBe(`${d.hostname} is active`);
  });

  it('pending → failed with Cloudflare’s reason; re-verify makes it pending again and it can still become active', async () => {
    const d = await add(acme, newHostname());
    const reason = 'TXT record _cf-custom-hostname not found';
    await cloudflare('fail', { hostname: d.hostname, reason });
    await poll();
    let row = (await domainRow(d.id))!;
    expect(row).toMatchObject({ status: 'failed', failureReason: reason, sslStatus: 'validation_timed_out' });
    const note = await eventually(
      async () => (await notificationsFor(d.id)).find((n) => n.title.includes('failed verification')),
      30_000,
      'failure notification',
    );
    expect(note.body).toContain(reason);
    // A failed domain stays failed until the advertiser asks again.
    await poll();
    expect((await domainRow(d.id))!.status).toBe('failed');

    const res = await call(acme.admin, 'POST', `/orgs/${acme.org.id}/domains/${d.id}/reverify`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ status: 'pending', failureReason: null, sslStatus: 'pending_validation' });
    const audits = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, d.id));
    expect(audits.map((a) => a.action)).toContain('domain.reverified');

    await cloudflare('activate', { hostname: d.hostname });
    await poll();
    row = (await domainRow(d.id))!;
    expect(row.status).toBe('active');
  });

  it('a hostname Cloudflare no longer has fails with a reason to re-verify', async () => {
    const d = await add(acme, newHostname());
    await db.update(s.customDomains).set({ cloudflareId: crypto.randomUUID() }).where(eq(s.customDomains.id, d.id));
    await poll();
    expect(await domainRow(d.id)).toMatchObject({
      status: 'failed',
      failureReason: 'Cloudflare no longer has this hostname; re-verify to add it again',
    });
  });

  it('two runs at once check a domain once', async () => {
    const d = await add(acme, newHostname());
    await cloudflare('activate', { hostname: d.hostname });
    const runs = await Promise.all([poll(), poll()]);
    expect(runs.reduce((n, r) => n + r.activated, 0)).toBeGreaterThanOrEqual(1);
    expect((await domainRow(d.id))!.status).toBe('active');
    // Owner and admin, once each: wait for both (their queue may be slow), then for any duplicate to show.
    await eventually(
      async () => ((await notificationsFor(d.id)).length >= 2 ? true : undefined),
      30_000,
      'both notified',
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await notificationsFor(d.id)).toHaveLength(2);
  });

  it('a portal-only domain never becomes a tracking host', async () => {
    const d = await add(acme, newHostname('portal'), 'portal');
    await cloudflare('activate', { hostname: d.hostname });
    await poll();
    expect((await domainRow(d.id))!.status).toBe('active');
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).toBeNull();
  });
});

describe('re-checking active domains', () => {
  async function activeDomain(who: Advertiser) {
    const d = await add(who, newHostname());
    await cloudflare('activate', { hostname: d.hostname });
    await poll();
    expect((await domainRow(d.id))!.status).toBe('active');
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).not.toBeNull();
    return d;
  }
  const inAppNotes = async (domainId: string, title: string) =>
    (await notificationsFor(domainId)).filter((n) => n.title === title);

  it('one Cloudflare later reports moved fails with its reason, leaves the tracker, and its owners are told', async () => {
    const d = await activeDomain(acme);
    const reason = 'custom hostname does not CNAME to this zone.';
    await cloudflare('fail', { hostname: d.hostname, reason, status: 'moved', sslStatus: 'active' });
    // Read less than 6 hours ago: not re-read yet, still serving.
    expect((await recheck()).checked).toBe(0);
    expect((await domainRow(d.id))!.status).toBe('active');

    await checkedHoursAgo(d.id, 7);
    expect(await recheck()).toMatchObject({ checked: 1, failed: 1 });
    const row = (await domainRow(d.id))!;
    expect(row).toMatchObject({ status: 'failed', hostnameStatus: 'moved', failureReason: reason });
    expect(row.checkedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).toBeNull();
    const told = await eventually(
      async () => {
        const rows = await inAppNotes(d.id, `${d.hostname} moved away`);
        return rows.length >= 2 ? rows : undefined;
      },
      30_000,
      'moved notifications',
    );
    expect(told.map((n) => n.userId).sort()).toEqual([acme.owner.userId, acme.admin.userId].sort());
    expect(told[0]!.body).toContain(reason);
    expect(told[0]!.data).toMatchObject({ status: 'failed', previousStatus: 'active', cloudflareStatus: 'moved' });
    // A failed domain is not re-checked: only re-verify brings it back.
    await checkedHoursAgo(d.id, 7);
    expect((await recheck()).checked).toBe(0);
  });

  it('one Cloudflare no longer has fails as removed; one still active stays active and is not told about', async () => {
    const gone = await activeDomain(acme);
    const fine = await activeDomain(acme);
    await db.update(s.customDomains).set({ cloudflareId: crypto.randomUUID() }).where(eq(s.customDomains.id, gone.id));
    await checkedHoursAgo(gone.id, 7);
    await checkedHoursAgo(fine.id, 7);
    expect(await recheck()).toMatchObject({ checked: 2, failed: 1, activated: 0 });
    expect(await domainRow(gone.id)).toMatchObject({
      status: 'failed',
      failureReason: 'Cloudflare no longer has this hostname; re-verify to add it again',
    });
    expect(await env.ROUTING.get(routingKeys.host(gone.hostname))).toBeNull();
    await eventually(
      async () =>
        (await inAppNotes(gone.id, `${gone.hostname} was removed at Cloudflare`)).length >= 2 ? 1 : undefined,
      30_000,
      'removed notifications',
    );
    expect((await domainRow(fine.id))!.status).toBe('active');
    expect(await env.ROUTING.get(routingKeys.host(fine.hostname))).not.toBeNull();
  });

  it('a Cloudflare outage leaves the domain active until its next re-check', async () => {
    const d = await activeDomain(acme);
    await cloudflare('outage', { hostname: d.hostname, calls: 1 });
    await checkedHoursAgo(d.id, 7);
    expect((await recheck()).checked).toBe(0);
    expect((await domainRow(d.id))!.status).toBe('active');
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).not.toBeNull();
  });
});

describe('closing an organization', () => {
  it('releases its hostnames at Cloudflare and its host entries, retries while Cloudflare fails, once only', async () => {
    const closing = await createAdvertiser(db);
    const live = await add(closing, newHostname());
    const waiting = await add(closing, newHostname());
    const kept = await add(acme, newHostname());
    await cloudflare('activate', { hostname: live.hostname });
    await poll();
    expect(await env.ROUTING.get(routingKeys.host(live.hostname))).not.toBeNull();

    await db.update(s.organizations).set({ status: 'closed' }).where(eq(s.organizations.id, closing.org.id));
    await cloudflare('outage', { hostname: waiting.hostname, calls: 1 });
    expect(await release()).toEqual({ released: 1, failed: 1 });
    expect(await domainRow(live.id)).toBeUndefined();
    expect(await atCloudflare(live.hostname)).toBeUndefined();
    expect(await env.ROUTING.get(routingKeys.host(live.hostname))).toBeNull();
    // Cloudflare failed for this one: the row stays for the next run.
    expect(await domainRow(waiting.id)).toBeDefined();
    expect(await atCloudflare(waiting.hostname)).toBeDefined();

    // Gone at Cloudflare already (deleted by hand): that counts as done.
    await db
      .update(s.customDomains)
      .set({ cloudflareId: crypto.randomUUID() })
      .where(eq(s.customDomains.id, waiting.id));
    expect(await release()).toEqual({ released: 1, failed: 0 });
    expect(await domainRow(waiting.id)).toBeUndefined();
    expect(await release()).toEqual({ released: 0, failed: 0 });

    // Another organization's domain is untouched.
    expect(await domainRow(kept.id)).toBeDefined();
    expect(await atCloudflare(kept.hostname)).toBeDefined();
    const audits = await db.select().from(s.auditLog).where(eq(s.auditLog.organizationId, closing.org.id));
    expect(
      audits
        .filter((a) => a.action === 'domain.released')
        .map((a) => a.targetId)
        .sort(),
    ).toEqual([live.id, waiting.id].sort());
  });

  it('an organization row cannot be deleted while it still has domains (nothing left behind at Cloudflare)', async () => {
    const t = await createAdvertiser(db);
    await add(t, newHostname());
    await expect(db.delete(s.organizations).where(eq(s.organizations.id, t.org.id))).rejects.toThrow();
  });
});

describe('deleting', () => {
  it('removes the hostname at Cloudflare, the row and the host entry; another tenant gets 404', async () => {
    const d = await add(acme, newHostname());
    await cloudflare('activate', { hostname: d.hostname });
    await poll();
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).not.toBeNull();

    expectStatus(await call(other.owner, 'DELETE', `/orgs/${other.org.id}/domains/${d.id}`), 404, 'not_found');
    expectStatus(await call(other.owner, 'POST', `/orgs/${other.org.id}/domains/${d.id}/reverify`), 404, 'not_found');
    expect(await atCloudflare(d.hostname)).toBeDefined();

    expectStatus(await call(acme.owner, 'DELETE', `/orgs/${acme.org.id}/domains/${d.id}`), 204);
    expect(await domainRow(d.id)).toBeUndefined();
    expect(await atCloudflare(d.hostname)).toBeUndefined();
    expect(await env.ROUTING.get(routingKeys.host(d.hostname))).toBeNull();
    const audits = await db.select().from(s.auditLog).where(eq(s.auditLog.targetId, d.id));
    expect(audits.map((a) => a.action)).toContain('domain.deleted');
  });
});

describe('tracking on a custom domain', () => {
  const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
  let host: string;
  let ip = 0;
  const visit = (url: string) =>
    workerFetch(url, {
      redirect: 'manual',
      headers: { 'user-agent': BROWSER, 'cf-connecting-ip': `198.19.7.${++ip}` },
    } as RequestInit);

  beforeAll(async () => {
    for (const t of [acme, other]) {
      await db
        .update(s.programs)
        .set({
          landingUrl: `https://app.example/${t === acme ? 'acme' : 'other'}`,
          fallbackUrl: 'https://app.example/fb',
        })
        .where(eq(s.programs.id, t.program.id));
      await publishRouting({ ctx: ctx(), input: { program: t.program.id } });
      await publishRouting({ ctx: ctx(), input: { enrollment: t.enrollment.id } });
    }
    const d = await add(acme, newHostname('track'));
    await cloudflare('activate', { hostname: d.hostname });
    await poll();
    host = d.hostname;
    clearKvCache();
  });

  const clickBy = (location: string) =>
    eventually(
      async () => (await db.select().from(s.clicks).where(eq(s.clicks.landingUrl, location)))[0],
      30_000,
      `click to ${location}`,
    );

  it("its own advertiser's code redirects to the offer, with a cookie", async () => {
    const res = await visit(`https://${host}/aff/${acme.enrollment.refCode}?utm_source=mail`);
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/app\.example\/acme\?utm_source=mail&aff_click=[0-9a-f-]{36}$/);
    expect(res.headers.get('set-cookie')).toMatch(/^aff_click=/);
    expect(await clickBy(location)).toMatchObject({ status: 'accepted', programId: acme.program.id });
  });

  it("another advertiser's code is refused (foreign_domain) and sent to the platform fallback, not to its pages", async () => {
    for (const path of [
      `/aff/${other.enrollment.refCode}?utm_source=mail`,
      `/click?o=${other.program.id}&a=${other.enrollment.affiliateId}&sub1=x`,
    ]) {
      const res = await visit(`https://${host}${path}`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(env.DEFAULT_FALLBACK_URL);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const refused = await eventually(
      async () => {
        const rows = await db
          .select()
          .from(s.clicks)
          .where(and(eq(s.clicks.programId, other.program.id), eq(s.clicks.rejectReason, 'foreign_domain')));
        return rows.length >= 2 ? rows : undefined;
      },
      30_000,
      'foreign_domain clicks',
    );
    expect(refused.map((c) => c.status)).toEqual(['rejected', 'rejected']);
    expect(refused.map((c) => c.landingUrl)).toEqual([env.DEFAULT_FALLBACK_URL, env.DEFAULT_FALLBACK_URL]);
  });

  it("the other advertiser's code still works on our own tracking host", async () => {
    const res = await visit(`http://localhost/aff/${other.enrollment.refCode}`);
    expect(res.headers.get('location')).toMatch(/^https:\/\/app\.example\/other\?aff_click=/);
  });
});
