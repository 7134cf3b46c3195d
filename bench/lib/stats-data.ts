// The stats benchmark's data set: two advertisers, programs, apps, affiliates with Zipf-skewed
// traffic, 90 days of clicks, conversions and their commission lines, generated from one seed
// and loaded with server-side COPY (the same path as bench/ingest.ts's ceiling).
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prng } from '../../dev/prng';
import * as s from '../../schema';
import type { Db } from './ingest-stack';

const DAY_MS = 86_400_000;
export const DAYS = 90;

export interface StatsWorld {
  /** Exclusive end of the data: a UTC midnight. */
  end: number;
  big: { organizationId: string };
  small: { organizationId: string };
  /** A big affiliate of the big advertiser (rank 1 by traffic). */
  topAffiliate: { affiliateId: string; organizationId: string };
  /** A platform owner, for the cross-tenant report. */
  staffUserId: string;
}

type Rnd = ReturnType<typeof prng>;

/** Picks from weighted items by binary search over their cumulative weights. */
function weighted<T>(items: readonly (readonly [T, number])[]) {
  const cum: number[] = [];
  let total = 0;
  for (const [, w] of items) cum.push((total += w));
  return (rnd: Rnd): T => {
    const x = rnd.next() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]![0];
  };
}

const zipf = (n: number, exponent: number) =>
  weighted(Array.from({ length: n }, (_, i) => [i, 1 / (i + 1) ** exponent] as const));

const COUNTRIES = weighted(
  (
    [
      ['US', 35],
      ['DE', 12],
      ['GB', 10],
      ['FR', 7],
      ['BR', 6],
      ['IN', 6],
      ['CA', 5],
      ['JP', 4],
      ['ES', 3],
      ['IT', 3],
      ['NL', 2],
      ['PL', 2],
      ['TR', 2],
      ['MX', 2],
      ['AU', 1],
    ] as const
  ).map(([c, w]) => [c as string, w] as const),
);
const DEVICES = weighted([
  ['mobile', 48],
  ['desktop', 45],
  ['tablet', 6],
  ['unknown', 1],
] as const);
const OS_BY_DEVICE: Record<string, (r: Rnd) => string> = {
  mobile: weighted([
    ['Android', 60],
    ['iOS', 40],
  ] as const),
  tablet: weighted([
    ['iOS', 70],
    ['Android', 30],
  ] as const),
  desktop: weighted([
    ['Windows', 70],
    ['Mac OS', 22],
    ['Linux', 8],
  ] as const),
  unknown: () => '',
};
const BROWSERS = weighted([
  ['Chrome', 60],
  ['Safari', 22],
  ['Edge', 7],
  ['Firefox', 6],
  ['Samsung Browser', 3],
  ['Opera', 2],
] as const);
const EVENTS = weighted([
  ['lead', 40],
  ['sale', 38],
  ['rebill', 15],
  ['refund', 5],
  ['cancel', 2],
] as const);
const STATUSES = weighted([
  ['approved', 70],
  ['pending', 20],
  ['flagged', 3],
  ['rejected', 5],
  ['reversed', 2],
] as const);
const LINE_STATUS: Record<string, string> = {
  approved: 'approved',
  pending: 'pending',
  flagged: 'pending',
  rejected: 'rejected',
  reversed: 'reversed',
};

const hex = (rnd: Rnd, n: number) => {
  let out = '';
  for (let i = 0; i < n; i++) out += ((rnd.next() * 16) | 0).toString(16);
  return out;
};
/** A UUIDv7 of `ms` with PRNG bits: the same ids on every run. */
function uuidv7Of(ms: number, rnd: Rnd): string {
  const t = ms.toString(16).padStart(12, '0');
  const variant = (8 + ((rnd.next() * 4) | 0)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(rnd, 3)}-${variant}${hex(rnd, 3)}-${hex(rnd, 12)}`;
}

const CLICK_COLUMNS = [
  'id',
  'clicked_at',
  'link_form',
  'code',
  'status',
  'reject_reason',
  'organization_id',
  'app_id',
  'program_id',
  'enrollment_id',
  'affiliate_id',
  'ip',
  'user_agent',
  'country',
  'device_type',
  'os',
  'browser',
  'sub1',
  'sub2',
  'is_unique',
  'is_bot',
];
const CONVERSION_COLUMNS = [
  'id',
  'organization_id',
  'app_id',
  'program_id',
  'enrollment_id',
  'affiliate_id',
  'click_id',
  'event_id',
  'event_type',
  'amount_minor',
  'currency',
  'status',
  'attribution_method',
  'occurred_at',
  'received_at',
];
const COMMISSION_COLUMNS = [
  'id',
  'conversion_id',
  'organization_id',
  'program_id',
  'beneficiary_id',
  'enrollment_id',
  'level',
  'kind',
  'amount_minor',
  'currency',
  'rate_bps',
  'status',
  'hold_until',
  'created_at',
];

interface Enrollment {
  id: string;
  organizationId: string;
  appId: string;
  programId: string;
  affiliateId: string;
  refCode: string;
  currency: string;
}

/** Advertisers, apps, programs, users and enrollments through drizzle; returns what the clicks need. */
async function createEntities(db: Db, affiliates: number) {
  const [plan] = await db
    .insert(s.plans)
    .values({ code: 'starter', name: 'Starter', monthlyPriceMinor: 4900, yearlyPriceMinor: 47040, currency: 'USD' })
    .onConflictDoUpdate({ target: s.plans.code, set: { name: 'Starter' } })
    .returning();
  const orgs = await db
    .insert(s.organizations)
    .values([
      { name: 'Big advertiser', slug: 'bench-big', planId: plan!.id },
      { name: 'Small advertiser', slug: 'bench-small', planId: plan!.id },
    ])
    .returning();
  const [big, small] = orgs as [s.Organization, s.Organization];
  const apps = await db
    .insert(s.apps)
    .values([
      ...Array.from({ length: 5 }, (_, i) => ({
        organizationId: big.id,
        name: `App ${i + 1}`,
        siteUrl: `https://app${i + 1}.example/`,
        allowedDomains: [`app${i + 1}.example`],
      })),
      {
        organizationId: small.id,
        name: 'Small app',
        siteUrl: 'https://small.example/',
        allowedDomains: ['small.example'],
      },
    ])
    .returning();
  const programValues = (orgId: string, appId: string, i: number, currency: string) => ({
    organizationId: orgId,
    appId,
    name: `Program ${i + 1}`,
    slug: `bench-program-${orgId.slice(0, 8)}-${i + 1}`,
    status: 'active' as const,
    payoutModel: 'revshare' as const,
    commissionType: 'percent' as const,
    commissionRateBps: 3000,
    currency,
    landingUrl: 'https://app.example/',
    allowedDomains: ['app.example'],
    cookieDays: 30,
  });
  const programs = await db
    .insert(s.programs)
    .values([
      // 20 programs over 5 apps; the last four pay in EUR, so money comes back per currency.
      ...Array.from({ length: 20 }, (_, i) => programValues(big.id, apps[i % 5]!.id, i, i >= 16 ? 'EUR' : 'USD')),
      programValues(small.id, apps[5]!.id, 0, 'USD'),
    ])
    .returning();
  const users = await db
    .insert(s.users)
    .values(
      Array.from({ length: affiliates }, (_, i) => ({
        email: `bench-aff-${i}@example.com`,
        approvedAffiliate: true,
      })),
    )
    .returning({ id: s.users.id });
  const [staff] = await db
    .insert(s.users)
    .values({ email: 'bench-staff@example.com', platformRole: 'platform_owner' })
    .returning({ id: s.users.id });
  // 2.5 % of the affiliates work for the small advertiser; the rest spread over the 20 programs.
  const smallCount = Math.max(1, Math.round(affiliates * 0.025));
  const rows = users.map((u, i) => {
    const isSmall = i >= affiliates - smallCount;
    const program = isSmall ? programs[20]! : programs[i % 20]!;
    return {
      programId: program.id,
      affiliateId: u.id,
      organizationId: program.organizationId,
      status: 'active' as const,
      refCode: `bench-${i}`,
    };
  });
  const enrollments: Enrollment[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(s.enrollments)
      .values(rows.slice(i, i + 500))
      .returning();
    for (const e of inserted) {
      const program = programs.find((p) => p.id === e.programId)!;
      enrollments.push({
        id: e.id,
        organizationId: e.organizationId,
        appId: program.appId,
        programId: e.programId,
        affiliateId: e.affiliateId,
        refCode: e.refCode,
        currency: program.currency,
      });
    }
  }
  return { big, small, enrollments, smallCount, staffUserId: staff!.id };
}

const copyFrom = (table: string, columns: string[], file: string) =>
  `COPY affiliate.${table} (${columns.join(', ')}) FROM '${file}' WITH (FORMAT csv)`;

/** World-readable, straight in the temp dir: the server reads it as its own OS user. */
function writeChunk(name: string, lines: string[]): string {
  const file = path.join(os.tmpdir(), `bench-stats-${process.pid}-${name}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o644 });
  return file;
}

/**
 * Generates and loads `clicks` clicks over the DAYS days before `end`, about 3 % of them
 * converting, with level-0 lines for every conversion and a level-1 line for one in ten.
 * Generation of chunk n+1 overlaps the COPY of chunk n.
 */
export async function loadStatsData(
  db: Db,
  opts: { clicks: number; affiliates: number; end: number; log: (line: string) => void },
): Promise<Omit<StatsWorld, 'end'>> {
  const { big, small, enrollments, smallCount, staffUserId } = await createEntities(db, opts.affiliates);
  const bigEnrollments = enrollments.slice(0, enrollments.length - smallCount);
  const smallEnrollments = enrollments.slice(enrollments.length - smallCount);
  const pickBig = zipf(bigEnrollments.length, 1.1);
  const pickSmall = zipf(smallEnrollments.length, 1.1);
  const pickSub1 = zipf(5_000, 1.0);
  const rnd = prng(20261123);
  const start = opts.end - DAYS * DAY_MS;
  const step = (opts.end - start) / opts.clicks;
  const CHUNK = 500_000;
  let pending: Promise<unknown> = Promise.resolve();
  let conversions = 0;
  let lines = 0;
  const t0 = performance.now();
  for (let from = 0, chunk = 0; from < opts.clicks; from += CHUNK, chunk++) {
    const clickLines: string[] = [];
    const conversionLines: string[] = [];
    const commissionLines: string[] = [];
    const to = Math.min(opts.clicks, from + CHUNK);
    for (let i = from; i < to; i++) {
      const at = Math.floor(start + i * step + rnd.next() * step);
      const e = rnd.next() < 0.02 ? smallEnrollments[pickSmall(rnd)]! : bigEnrollments[pickBig(rnd)]!;
      const id = uuidv7Of(at, rnd);
      const roll = rnd.next();
      const reason = roll < 0.02 ? 'bot' : roll < 0.03 ? 'geo_blocked' : '';
      const accepted = reason === '';
      const country = COUNTRIES(rnd);
      const device = DEVICES(rnd);
      const osName = OS_BY_DEVICE[device]!(rnd);
      const browser = device === 'unknown' ? '' : BROWSERS(rnd);
      const sub1 = rnd.next() < 0.1 ? '' : `s1-${pickSub1(rnd)}`;
      const sub2 = rnd.next() < 0.3 ? `creative-${(rnd.next() * 20) | 0}` : '';
      const unique = accepted && rnd.next() < 0.75;
      const ip = `10.${(rnd.next() * 256) | 0}.${(rnd.next() * 256) | 0}.${1 + ((rnd.next() * 254) | 0)}`;
      clickLines.push(
        [
          id,
          new Date(at).toISOString(),
          'aff_path',
          e.refCode,
          accepted ? 'accepted' : 'rejected',
          reason,
          e.organizationId,
          e.appId,
          e.programId,
          e.id,
          e.affiliateId,
          ip,
          `bench-ua/${browser || 'none'}`,
          country,
          device,
          osName,
          browser,
          sub1,
          sub2,
          unique ? 't' : 'f',
          reason === 'bot' ? 't' : 'f',
        ].join(','),
      );
      if (!accepted || rnd.next() >= 0.03) continue;
      const occurred = at + Math.floor(rnd.next() * 2 * DAY_MS);
      if (occurred >= opts.end) continue;
      const type = EVENTS(rnd);
      const status = STATUSES(rnd);
      const amount = type === 'lead' ? 0 : 1_000 + ((rnd.next() * 19_000) | 0);
      const conversionId = uuidv7Of(occurred, rnd);
      const occurredIso = new Date(occurred).toISOString();
      conversionLines.push(
        [
          conversionId,
          e.organizationId,
          e.appId,
          e.programId,
          e.id,
          e.affiliateId,
          id,
          `ev-${conversions++}`,
          type,
          amount,
          e.currency,
          status,
          'click_id',
          occurredIso,
          occurredIso,
        ].join(','),
      );
      const lineStatus = LINE_STATUS[status]!;
      const payout = type === 'lead' ? 500 : Math.round(amount * 0.3);
      const hold = new Date(occurred + 30 * DAY_MS).toISOString();
      const line = (beneficiary: string, level: number, minor: number, bps: number) =>
        commissionLines.push(
          [
            uuidv7Of(occurred, rnd),
            conversionId,
            e.organizationId,
            e.programId,
            beneficiary,
            e.id,
            level,
            'commission',
            minor,
            e.currency,
            bps,
            lineStatus,
            hold,
            occurredIso,
          ].join(','),
        );
      line(e.affiliateId, 0, payout, 3000);
      lines++;
      if (rnd.next() < 0.1) {
        // The upline: another affiliate of the same advertiser who referred this one.
        const pool = e.organizationId === big.id ? bigEnrollments : smallEnrollments;
        let upline = pool[(rnd.next() * pool.length) | 0]!.affiliateId;
        if (upline === e.affiliateId) upline = pool[(pool.indexOf(e) + 1) % pool.length]!.affiliateId;
        if (upline !== e.affiliateId) {
          line(upline, 1, Math.round(payout * 0.1), 300);
          lines++;
        }
      }
    }
    await pending;
    const files = [
      writeChunk(`clicks-${chunk}`, clickLines),
      writeChunk(`conversions-${chunk}`, conversionLines),
      writeChunk(`commissions-${chunk}`, commissionLines),
    ];
    const done = `${to.toLocaleString('en-US')} clicks, ${conversions.toLocaleString('en-US')} conversions, ${lines.toLocaleString('en-US')} lines`;
    pending = (async () => {
      try {
        await db.execute(copyFrom('clicks', CLICK_COLUMNS, files[0]!));
        await db.execute(copyFrom('conversions', CONVERSION_COLUMNS, files[1]!));
        await db.execute(copyFrom('commissions', COMMISSION_COLUMNS, files[2]!));
      } finally {
        for (const f of files) rmSync(f, { force: true });
      }
      opts.log(`  loaded ${done} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    })();
  }
  await pending;
  // The top affiliate by traffic: rank 0 of the Zipf draw over the big advertiser's enrollments.
  const top = bigEnrollments[0]!;
  return {
    big: { organizationId: big.id },
    small: { organizationId: small.id },
    topAffiliate: { affiliateId: top.affiliateId, organizationId: top.organizationId },
    staffUserId,
  };
}
