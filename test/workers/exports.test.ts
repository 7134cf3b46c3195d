import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { uuidv7, uuidv7Time } from '../../workers/contracts/ids';
import { type Advertiser, createAdvertiser, createStaff, useTwoAdvertisers } from '../actors';
import { call, expectStatus } from '../api-client';
import { clickWith } from '../clicks';
import { earn, putInPayout } from '../finance';
import { addPayee } from '../payouts';
import { signInAs, type TestSession } from '../sessions';
import { useTestDatabase } from '../worker-env';
import { workerFetch } from '../worker-fetch';
import { isoInTimeZone } from '../../workers/domain/stats-csv';

useTestDatabase();

let db: Db;
let acme: Advertiser;
let other: Advertiser;
let rival: TestSession;
let platformAdmin: TestSession;
useTwoAdvertisers((t) => ({ db, acme, other } = t));

let tricky: typeof s.clicks.$inferSelect;
let rivalClick: typeof s.clicks.$inferSelect;
let otherClick: typeof s.clicks.$inferSelect;
let sale: Awaited<ReturnType<typeof earn>>;
let otherSale: Awaited<ReturnType<typeof earn>>;
let paid: Awaited<ReturnType<typeof putInPayout>>;

beforeAll(async () => {
  const rivalTenant = await addPayee(db, acme);
  rival = await signInAs(db, rivalTenant.affiliate.id);
  platformAdmin = await createStaff(db, 'platform_admin');
  tricky = await clickWith(
    db,
    acme,
    { sub1: 'Smith, "John"\r\nline two' },
    { sub2: '=HYPERLINK("http://evil.example","x")', sub3: '+1', sub4: '-2', sub5: '@SUM(A1)', sub6: '\tx' },
  );
  rivalClick = await clickWith(db, rivalTenant);
  otherClick = await clickWith(db, other);
  sale = await earn(db, acme, 10_000);
  otherSale = await earn(db, other, 20_000);
  paid = await putInPayout(db, acme, [sale], 'success');
});

/** A minimal RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

async function csv(session: TestSession, path: string) {
  const res = await call(session, 'GET', path);
  expectStatus(res, 200);
  const [header, ...rows] = parseCsv(res.body as string);
  return { res, header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]]))) };
}

describe('clicks export', () => {
  it('is a CSV download with the advertiser’s columns and its own clicks only', async () => {
    const { res, header, rows } = await csv(acme.owner, `/orgs/${acme.org.id}/exports/clicks.csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // What and which range: the default 30 days up to now.
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="clicks_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const ranged = await call(
      acme.owner,
      'GET',
      `/orgs/${acme.org.id}/exports/conversions.csv?from=2026-11-01T00:00:00Z&to=2026-11-25T00:00:00Z`,
    );
    expect(ranged.headers.get('content-disposition')).toBe(
      'attachment; filename="conversions_2026-11-01_2026-11-24.csv"',
    );
    expect(header).toEqual(expect.arrayContaining(['click_id', 'clicked_at', 'ip', 'user_agent', 'sub10', 'unique']));
    const ids = rows.map((r) => r.click_id);
    expect(ids).toEqual(expect.arrayContaining([tricky.id, rivalClick.id]));
    expect(ids).not.toContain(otherClick.id);
    expect(rows.find((r) => r.click_id === tricky.id)).toMatchObject({ ip: '198.51.100.7', program: 'Program' });
  });

  it('quotes commas, quotes and line breaks, and defuses formula cells', async () => {
    const res = await call(acme.owner, 'GET', `/orgs/${acme.org.id}/exports/clicks.csv?clickId=${tricky.id}`);
    const text = res.body as string;
    expect(text).toContain('"Smith, ""John""\r\nline two"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text.split('\r\n').at(-1)).toBe('');
    const [, row] = parseCsv(text);
    const { header } = await csv(acme.owner, `/orgs/${acme.org.id}/exports/clicks.csv?clickId=${tricky.id}`);
    const cell = (name: string) => row![header.indexOf(name)];
    expect(cell('sub1')).toBe('Smith, "John"\r\nline two');
    expect(cell('sub2')).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect([cell('sub3'), cell('sub4'), cell('sub5'), cell('sub6')]).toEqual(["'+1", "'-2", "'@SUM(A1)", "'\tx"]);
  });

  it('gives an affiliate its own clicks without IP, user agent or full landing URL', async () => {
    const mine = await csv(acme.affiliateSession, `/affiliate/orgs/${acme.org.id}/exports/clicks.csv`);
    for (const hidden of ['ip', 'user_agent', 'landing_url', 'affiliate_id', 'referrer'])
      expect(mine.header).not.toContain(hidden);
    const ids = mine.rows.map((r) => r.click_id);
    expect(ids).toContain(tricky.id);
    expect(ids).not.toContain(rivalClick.id);
    expect(ids).not.toContain(otherClick.id);
    expect(mine.rows[0]!.landing_host).toBe('app.example');
    const theirs = await csv(rival, `/affiliate/orgs/${acme.org.id}/exports/clicks.csv`);
    expect(theirs.rows.map((r) => r.click_id)).toEqual([rivalClick.id]);
  });

  it('gives platform staff every tenant, with the organization', async () => {
    const all = await csv(platformAdmin, `/platform/exports/clicks.csv?organizationId=${other.org.id}`);
    expect(all.header[0]).toBe('organization_id');
    expect(all.rows.map((r) => r.click_id)).toContain(otherClick.id);
    expect(new Set(all.rows.map((r) => r.organization_id))).toEqual(new Set([other.org.id]));
  });

  it('refuses bad input before the first byte', async () => {
    const from = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const base = `/orgs/${acme.org.id}/exports`;
    expectStatus(await call(acme.owner, 'GET', `${base}/clicks.csv?from=${from}`), 400, 'range_too_long');
    expectStatus(await call(acme.owner, 'GET', `${base}/clicks.csv?limit=5`), 400, 'unknown_filter');
    expectStatus(await call(acme.owner, 'GET', `${base}/conversions.csv?country=DE`), 400, 'unknown_filter');
    expectStatus(
      await call(
        acme.affiliateSession,
        'GET',
        `/affiliate/orgs/${acme.org.id}/exports/commissions.csv?affiliateId=${uuidv7()}`,
      ),
      400,
      'unknown_filter',
    );
    expectStatus(await call(other.owner, 'GET', `/orgs/${acme.org.id}/exports/clicks.csv`), 404, 'not_found');
  });
});

describe('conversions and commissions exports', () => {
  it('give the advertiser revenue and payout per conversion, its own only', async () => {
    const { rows } = await csv(acme.owner, `/orgs/${acme.org.id}/exports/conversions.csv`);
    const row = rows.find((r) => r.conversion_id === sale.conversionId);
    expect(row).toMatchObject({ type: 'sale', revenue: '100.00', revenue_currency: 'USD', payout: '30.00' });
    expect(rows.map((r) => r.conversion_id)).not.toContain(otherSale.conversionId);
  });

  it('give the affiliate its payout and no revenue', async () => {
    const { header, rows } = await csv(acme.affiliateSession, `/affiliate/orgs/${acme.org.id}/exports/conversions.csv`);
    for (const hidden of ['revenue', 'revenue_currency', 'event_id', 'order_id', 'fraud_flags'])
      expect(header).not.toContain(hidden);
    expect(rows.find((r) => r.conversion_id === sale.conversionId)).toMatchObject({
      payout: '30.00',
      payout_status: 'paid',
    });
    const rivalRows = await csv(rival, `/affiliate/orgs/${acme.org.id}/exports/conversions.csv`);
    expect(rivalRows.rows).toEqual([]);
  });

  it('list each line with its calculation and the payout that paid it', async () => {
    const adv = await csv(acme.owner, `/orgs/${acme.org.id}/exports/commissions.csv?status=paid`);
    const line = adv.rows.find((r) => r.commission_id === sale.id);
    expect(line).toMatchObject({
      beneficiary_id: acme.affiliate.id,
      amount: '30.00',
      currency: 'USD',
      status: 'paid',
      payout_item_id: paid.item.id,
      payout_batch_id: paid.batch.id,
    });
    expect(JSON.parse(line!.calculation!)).toMatchObject({ baseAmountMinor: 10_000, rateBps: 3000 });
    const mine = await csv(acme.affiliateSession, `/affiliate/orgs/${acme.org.id}/exports/commissions.csv`);
    expect(mine.header).not.toContain('beneficiary_id');
    expect(mine.rows.map((r) => r.commission_id)).toContain(sale.id);
    expect(mine.rows.map((r) => r.commission_id)).not.toContain(otherSale.id);
    expect((await csv(rival, `/affiliate/orgs/${acme.org.id}/exports/commissions.csv`)).rows).toEqual([]);
  });
});

describe('times, names and rates as a spreadsheet reads them', () => {
  const personName = async (id: string) => {
    const [u] = await db.select().from(s.users).where(eq(s.users.id, id));
    return [u!.firstName, u!.lastName].filter(Boolean).join(' ') || u!.email;
  };

  it('write times in the asked time zone with its offset, and date the file name there', async () => {
    const base = `/orgs/${acme.org.id}/exports`;
    const conv = await csv(acme.owner, `${base}/conversions.csv?tz=Europe/Moscow`);
    const row = conv.rows.find((r) => r.conversion_id === sale.conversionId)!;
    const [c] = await db.select().from(s.conversions).where(eq(s.conversions.id, sale.conversionId!));
    expect(row.occurred_at).toBe(isoInTimeZone(c!.occurredAt, 'Europe/Moscow'));
    expect(row.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    expect(row.received_at).toMatch(/\+03:00$/);
    const clicks = await csv(acme.owner, `${base}/clicks.csv?tz=America/New_York&clickId=${tricky.id}`);
    expect(clicks.rows[0]!.clicked_at).toBe(isoInTimeZone(tricky.clickedAt, 'America/New_York'));
    const lines = await csv(
      acme.affiliateSession,
      `/affiliate/orgs/${acme.org.id}/exports/commissions.csv?tz=Asia/Tokyo`,
    );
    expect(lines.rows.find((r) => r.commission_id === sale.id)!.created_at).toMatch(/\+09:00$/);
    // Without tz, UTC as before.
    expect((await csv(acme.owner, `${base}/conversions.csv`)).rows[0]!.occurred_at).toMatch(/Z$/);
    const named = await call(
      acme.owner,
      'GET',
      `${base}/commissions.csv?from=2026-11-01T00:00:00Z&to=2026-11-25T00:00:00Z&tz=America/New_York`,
    );
    expect(named.headers.get('content-disposition')).toBe(
      'attachment; filename="commissions_2026-10-31_2026-11-24.csv"',
    );
  });

  it('refuses an unknown time zone with a code, on every export and reader', async () => {
    for (const path of [
      `/orgs/${acme.org.id}/exports/clicks.csv`,
      `/orgs/${acme.org.id}/exports/conversions.csv`,
      `/orgs/${acme.org.id}/exports/commissions.csv`,
      `/affiliate/orgs/${acme.org.id}/exports/commissions.csv`,
      '/platform/exports/clicks.csv',
    ]) {
      const session = path.startsWith('/affiliate')
        ? acme.affiliateSession
        : path.startsWith('/platform')
          ? platformAdmin
          : acme.owner;
      const res = await call(session, 'GET', `${path}?tz=Mars/Olympus`);
      expectStatus(res, 400, 'validation_failed');
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'tz', code: 'time_zone_invalid' })]);
    }
  });

  it('name the app, program, affiliate, link and organization beside their ids', async () => {
    const [link] = await db
      .insert(s.links)
      .values({
        enrollmentId: acme.enrollment.id,
        organizationId: acme.org.id,
        programId: acme.program.id,
        affiliateId: acme.affiliate.id,
        name: 'Spring newsletter',
        landingUrl: 'https://app.example/',
        slug: `spring-${Date.now().toString(36)}`,
      })
      .returning();
    await db.update(s.clicks).set({ linkId: link!.id }).where(eq(s.clicks.id, tricky.id));
    const affiliateName = await personName(acme.affiliate.id);
    const adv = await csv(acme.owner, `/orgs/${acme.org.id}/exports/clicks.csv?clickId=${tricky.id}`);
    expect(adv.header.slice(0, 11)).toEqual([
      'click_id',
      'clicked_at',
      'app_id',
      'app',
      'program_id',
      'program',
      'affiliate_id',
      'affiliate',
      'enrollment_id',
      'link_id',
      'link',
    ]);
    expect(adv.rows[0]).toMatchObject({
      app: acme.app.name,
      program: acme.program.name,
      affiliate: affiliateName,
      link: 'Spring newsletter',
    });
    const mine = await csv(
      acme.affiliateSession,
      `/affiliate/orgs/${acme.org.id}/exports/clicks.csv?clickId=${tricky.id}`,
    );
    expect(mine.rows[0]).toMatchObject({ program: acme.program.name, link: 'Spring newsletter' });
    const conv = await csv(acme.owner, `/orgs/${acme.org.id}/exports/conversions.csv`);
    expect(conv.rows.find((r) => r.conversion_id === sale.conversionId)).toMatchObject({
      app: acme.app.name,
      affiliate: affiliateName,
      program: acme.program.name,
    });
    const all = await csv(platformAdmin, `/platform/exports/conversions.csv?organizationId=${other.org.id}`);
    expect(all.header.slice(0, 2)).toEqual(['organization_id', 'organization']);
    expect(all.rows[0]!.organization).toBe(other.org.name);
  });

  it('write the commission rate as a percentage with two decimals, and name the affiliate paid', async () => {
    const adv = await csv(acme.owner, `/orgs/${acme.org.id}/exports/commissions.csv`);
    expect(adv.header).not.toContain('rate_bps');
    expect(adv.rows.find((r) => r.commission_id === sale.id)).toMatchObject({
      rate_pct: '30.00',
      beneficiary: await personName(acme.affiliate.id),
    });
  });

  it('never show an affiliate revenue or another affiliate', async () => {
    const rivalName = await personName(rival.userId);
    for (const what of ['clicks', 'conversions', 'commissions']) {
      const mine = await csv(
        acme.affiliateSession,
        `/affiliate/orgs/${acme.org.id}/exports/${what}.csv?tz=Europe/Berlin`,
      );
      for (const hidden of ['affiliate', 'affiliate_id', 'beneficiary', 'revenue', 'revenue_currency', 'app'])
        expect(mine.header).not.toContain(hidden);
      expect(JSON.stringify(mine.rows)).not.toContain(rivalName);
    }
  });
});

describe('a large export', () => {
  it('streams 5,000 clicks in several chunks, every row once, newest first', async () => {
    const big = await createAdvertiser(db);
    const start = Date.now() - 86_400_000;
    const ids: string[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const rows = Array.from({ length: 1000 }, (_, i) => {
        const id = uuidv7(start + (batch * 1000 + i) * 1000);
        ids.push(id);
        return {
          id,
          clickedAt: new Date(uuidv7Time(id)),
          linkForm: 'aff_path' as const,
          status: 'accepted' as const,
          organizationId: big.org.id,
          appId: big.app.id,
          programId: big.program.id,
          enrollmentId: big.enrollment.id,
          affiliateId: big.affiliate.id,
          ip: '198.51.100.9',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0',
          sub1: `row-${batch * 1000 + i}`,
          landingUrl: 'https://app.example/landing?with=a-query-string',
        };
      });
      await db.insert(s.clicks).values(rows);
    }
    const res = await workerFetch(`https://api.test/api/orgs/${big.org.id}/exports/clicks.csv`, {
      headers: { authorization: big.owner.headers.authorization! },
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      text += decoder.decode(value, { stream: true });
    }
    expect(chunks).toBeGreaterThan(5);
    const lines = text.split('\r\n').slice(1, -1);
    expect(lines).toHaveLength(5000);
    expect(lines.map((l) => l.slice(0, 36))).toEqual([...ids].reverse());
  });
});
