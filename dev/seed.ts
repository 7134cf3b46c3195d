// Demo data for `npm start`, loaded once: one advertiser with three apps and two programs each, a
// dozen affiliates (with a three-level referral chain), a month of clicks and some conversions.
import { eq } from 'drizzle-orm';
import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import { effectiveTerms } from '../workers/domain/commission-terms';
import { computeCommissions } from '../workers/domain/compute-commissions';
import { holdUntil as holdEnd } from '../workers/domain/hold-until';
import { hashPassword } from '../workers/domain/password';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { rebuildStats } from '../workers/services/stats';
import { nodeDb, nodePool } from './neon-node';
import { prng } from './prng';

export const DEMO_PASSWORD = 'demo-password-1';

export interface DemoLogins {
  password: string;
  users: { role: string; email: string }[];
  sampleRefCode: string;
}

type Db = ReturnType<typeof nodeDb>;

/** The demo settings page of Podruga AI that `npm start` serves (dev/podruga-demo), framing the embed. */
export const PODRUGA_DEMO_PORT = Number(process.env.PODRUGA_DEMO_PORT ?? 8796);

const APPS = [
  { name: 'Podruga AI', slug: 'podruga', host: 'podruga.example' },
  { name: 'KanGrow CRM', slug: 'kangrow', host: 'kangrow.example' },
  { name: 'Mailpilot', slug: 'mailpilot', host: 'mailpilot.example' },
];
const AFFILIATES = [
  'alice',
  'bob',
  'carol',
  'dave',
  'erin',
  'frank',
  'grace',
  'heidi',
  'ivan',
  'judy',
  'mallory',
  'oscar',
];
// Named, as people are: without a name a person shows by email, and a message from the owner read "ceo".
const STAFF = [
  {
    email: 'owner@affiliate-edge.local',
    name: ['Paula', 'Owens'],
    role: 'platform owner',
    platformRole: 'platform_owner' as const,
  },
  {
    email: 'support@affiliate-edge.local',
    name: ['Sam', 'Rivera'],
    role: 'platform support',
    platformRole: 'support' as const,
  },
  { email: 'ceo@acme.example', name: ['Carol', 'Chen'], role: 'advertiser owner', platformRole: 'none' as const },
  { email: 'finance@acme.example', name: ['Fiona', 'Hart'], role: 'advertiser finance', platformRole: 'none' as const },
];
const DAY = 86_400_000;
const COUNTRIES = ['US', 'US', 'US', 'DE', 'GB', 'FR', 'RU', 'BR', 'IN', 'CA'];
const DEVICES = [
  {
    deviceType: 'desktop',
    os: 'Windows',
    browser: 'Chrome',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
  },
  {
    deviceType: 'desktop',
    os: 'macOS',
    browser: 'Safari',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  },
  {
    deviceType: 'mobile',
    os: 'iOS',
    browser: 'Safari',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  },
  {
    deviceType: 'mobile',
    os: 'Android',
    browser: 'Chrome',
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36',
  },
];

function logins(sampleRefCode: string): DemoLogins {
  return {
    password: DEMO_PASSWORD,
    users: [
      ...STAFF.map(({ email, role }) => ({ email, role })),
      { email: 'alice@affiliates.example', role: 'affiliate (chain top)' },
      { email: 'dave@affiliates.example', role: 'affiliate (level 3)' },
    ],
    sampleRefCode,
  };
}

/** Plans are reference data shipped by migration 0002; the demo advertiser is on Pro. */
async function proPlan(db: Db) {
  const [pro] = await db.select().from(s.plans).where(eq(s.plans.code, 'pro'));
  if (!pro) throw new Error('plan "pro" is missing: run the migrations first');
  return pro;
}

export async function seedDemoData(databaseUrl: string, proxy?: string): Promise<DemoLogins> {
  const pool = nodePool(databaseUrl, proxy);
  const db = nodeDb(pool);
  try {
    const existing = await db
      .select({ id: s.organizations.id })
      .from(s.organizations)
      .where(eq(s.organizations.slug, 'acme'));
    if (existing.length > 0) {
      const [first] = await db
        .select({ refCode: s.enrollments.refCode })
        .from(s.enrollments)
        .where(eq(s.enrollments.refCode, 'alice-1'));
      return logins(first?.refCode ?? 'alice-1');
    }
    console.log('loading demo data…');
    await db.transaction(async (tx) => insertDemo(tx as unknown as Db));
    // The demo rows go in directly, so their stats rollups are built from them in one pass.
    await rebuildStats({
      ctx: { db, config: {} as Config, now: new Date(), log: createLogger() },
      input: {},
    });
    return logins('alice-1');
  } finally {
    await pool.end();
  }
}

async function insertDemo(db: Db): Promise<void> {
  const rnd = prng(20261122);
  const now = Date.now();
  // One story in time: the company and its programs exist first, then affiliates sign up, apply and are
  // approved (40 to 39 days ago), then come the last 30 days of clicks, conversions an hour after their click,
  // commission lines written as each conversion arrives, and holds counted from the conversion.
  const daysAgo = (days: number) => new Date(now - days * DAY);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const plan = await proPlan(db);

  const staff = await db
    .insert(s.users)
    .values(
      STAFF.map((u) => ({
        email: u.email,
        firstName: u.name[0],
        lastName: u.name[1],
        platformRole: u.platformRole,
        hashedPassword: passwordHash,
        passwordHashParams: 'pbkdf2-sha256',
        emailVerified: true,
        verified: true,
        confirmedAt: daysAgo(90),
        createdAt: daysAgo(90),
      })),
    )
    .returning();
  const [org] = await db
    .insert(s.organizations)
    .values({
      name: 'Acme Software',
      slug: 'acme',
      planId: plan.id,
      branding: { portalName: 'Acme Partners', primaryColor: '#2457d6' },
      createdAt: daysAgo(60),
    })
    .returning();
  await db.insert(s.memberships).values([
    { userId: staff[2]!.id, organizationId: org!.id, role: 'owner', createdAt: daysAgo(60) },
    { userId: staff[3]!.id, organizationId: org!.id, role: 'finance', createdAt: daysAgo(60) },
  ]);

  const apps = await db
    .insert(s.apps)
    .values(
      APPS.map((a) => ({
        organizationId: org!.id,
        name: a.name,
        siteUrl: `https://${a.host}/`,
        allowedDomains: [a.host, `www.${a.host}`],
        embedOrigins: a.slug === 'podruga' ? [`http://localhost:${PODRUGA_DEMO_PORT}`] : [],
        createdAt: daysAgo(58),
      })),
    )
    .returning();
  const programs = await db
    .insert(s.programs)
    .values(
      apps.flatMap((app, i) => {
        const { host, slug } = APPS[i]!;
        // A 14-day hold: about half the month's commissions are approved, so finance has a payout to send.
        const common = {
          organizationId: org!.id,
          appId: app.id,
          status: 'active' as const,
          currency: 'USD',
          holdDays: 14,
          landingUrl: `https://${host}/`,
          allowedDomains: [host, `www.${host}`],
          fallbackUrl: `https://${host}/`,
          createdAt: daysAgo(55),
        };
        return [
          // 30% recurring for every referral, for life.
          {
            ...common,
            name: `${app.name} Partners`,
            slug: `${slug}-partners`,
            visibility: 'public' as const,
            payoutModel: 'revshare' as const,
            commissionType: 'percent' as const,
            commissionRateBps: 3000,
            recurringMode: 'lifetime' as const,
            cookieDays: 60,
            onboardingBrief: `Promote ${app.name} to teams that need it; 30% of every payment, for life.`,
            goals: 'Paid subscriptions from small teams.',
          },
          {
            ...common,
            name: `${app.name} Trial Leads`,
            slug: `${slug}-trial-leads`,
            visibility: 'approval' as const,
            payoutModel: 'cpl' as const,
            commissionType: 'fixed' as const,
            commissionFixedMinor: 500,
            revenueMinor: 1_500,
            geoAllow: ['US', 'CA', 'GB', 'DE'],
            capClicksDaily: 5_000,
          },
        ];
      }),
    )
    .returning();

  const affiliates: (typeof s.users.$inferSelect)[] = [];
  for (const [i, name] of AFFILIATES.entries()) {
    const [user] = await db
      .insert(s.users)
      .values({
        email: `${name}@affiliates.example`,
        firstName: name[0]!.toUpperCase() + name.slice(1),
        hashedPassword: passwordHash,
        passwordHashParams: 'pbkdf2-sha256',
        emailVerified: true,
        verified: true,
        // Signed up before applying to any program (40 days ago), a day apart each.
        confirmedAt: daysAgo(52 - i),
        createdAt: daysAgo(52 - i),
        approvedAffiliate: name !== 'oscar',
        // Verified, so payouts can be proposed; judy's address leaves her payout unclaimed in the local PayPal.
        paypalEmail: name === 'judy' ? 'judy+unclaimed@paypal.example' : `${name}@paypal.example`,
        paypalEmailVerifiedAt: name === 'oscar' ? null : daysAgo(41),
        // The chain alice ← bob ← carol ← dave gives dave's sales three upline levels.
        referredById: i > 0 && i < 4 ? affiliates[i - 1]!.id : null,
      })
      .returning();
    affiliates.push(user!);
  }

  const enrollmentRows = affiliates.flatMap((aff, i) => {
    const name = AFFILIATES[i]!;
    const count = name === 'oscar' ? 0 : 2 + (i % 3);
    return Array.from({ length: count }, (_, k) => {
      const program = programs[(i + k) % programs.length]!;
      return {
        programId: program.id,
        affiliateId: aff.id,
        organizationId: org!.id,
        status: (name === 'mallory' && k === 1 ? 'suspended' : 'active') as 'active' | 'suspended',
        refCode: `${name}-${k + 1}`,
        couponCode: `${name.toUpperCase()}${k + 1}${program.payoutModel === 'revshare' ? 'VIP' : 'TRY'}`,
        appliedAt: daysAgo(40),
        approvedAt: daysAgo(39),
        createdAt: daysAgo(40),
      };
    });
  });
  const enrollments = await db.insert(s.enrollments).values(enrollmentRows).returning();
  const programById = new Map(programs.map((p) => [p.id, p]));

  const clickRows = Array.from({ length: 3_000 }, () => {
    const enrollment = rnd.pick(enrollments);
    const program = programById.get(enrollment.programId)!;
    const device = rnd.pick(DEVICES);
    // Within the last 30 days, and at least two hours ago, so the conversion an hour later is in the past too.
    const at = now - 2 * 3_600_000 - Math.floor(rnd.next() * 30 * DAY);
    return {
      id: uuidv7(at),
      clickedAt: new Date(at),
      linkForm: 'aff_path' as const,
      code: enrollment.refCode,
      status: 'accepted' as const,
      organizationId: org!.id,
      appId: program.appId,
      programId: program.id,
      enrollmentId: enrollment.id,
      affiliateId: enrollment.affiliateId,
      ip: `198.51.100.${1 + Math.floor(rnd.next() * 250)}`,
      userAgent: device.ua,
      country: rnd.pick(COUNTRIES),
      deviceType: device.deviceType,
      os: device.os,
      browser: device.browser,
      fingerprint: uuidv7(at).replaceAll('-', ''),
      landingUrl: program.landingUrl,
      isUnique: rnd.next() < 0.7,
      sub1: rnd.pick(['newsletter', 'youtube', 'blog', null]),
    };
  });
  for (let i = 0; i < clickRows.length; i += 500) await db.insert(s.clicks).values(clickRows.slice(i, i + 500));

  await insertConversions(
    db,
    rnd,
    clickRows.filter((_, i) => i % 40 === 0),
    programById,
    affiliates,
    enrollments,
    now,
  );
  const alice = enrollments.find((e) => e.refCode === 'alice-1')!;
  await insertEdition(db, { app: apps[0]!, program: programById.get(alice.programId)!, enrollment: alice, now });
}

/**
 * Podruga AI offers branded editions (subdomains of podruga.example, two plans, 40 % of every payment for
 * life), and alice runs one: "Alice's AI Friend" on alice.podruga.example in her own colours, approved a
 * week ago, with a few visitors and one sale whose commission is on hold. `npm start`'s Podruga demo page
 * serves it (http://localhost:8796/?host=alice.podruga.example).
 */
async function insertEdition(
  db: Db,
  f: {
    app: typeof s.apps.$inferSelect;
    program: typeof s.programs.$inferSelect;
    enrollment: typeof s.enrollments.$inferSelect;
    now: number;
  },
): Promise<void> {
  const at = (days: number) => new Date(f.now - days * DAY);
  await db.insert(s.editionSettings).values({
    organizationId: f.app.organizationId,
    appId: f.app.id,
    enabled: true,
    programId: f.program.id,
    brandFields: ['name', 'logo', 'favicon', 'colors'],
    domainKinds: ['subdomain', 'custom'],
    baseDomain: 'podruga.example',
    plans: [
      {
        code: 'plus-monthly',
        name: 'Plus',
        listPriceMinor: 900,
        currency: 'USD',
        interval: 'month',
        bounds: { kind: 'range', minMinor: 900, maxMinor: 1_170 },
      },
      {
        code: 'pro-yearly',
        name: 'Pro',
        listPriceMinor: 9_900,
        currency: 'USD',
        interval: 'year',
        bounds: { kind: 'discount', discountMinor: 1_000 },
      },
    ],
    rewardType: 'percent',
    rewardRateBps: 4_000,
    recurringMode: 'lifetime',
    requiresApproval: true,
    createdAt: at(20),
  });
  const [edition] = await db
    .insert(s.editions)
    .values({
      organizationId: f.app.organizationId,
      appId: f.app.id,
      affiliateId: f.enrollment.affiliateId,
      enrollmentId: f.enrollment.id,
      name: 'Alice’s AI Friend',
      primaryColor: '#7c3aed',
      accentColor: '#fde68a',
      domainKind: 'subdomain',
      host: 'alice.podruga.example',
      status: 'active',
      submittedAt: at(8),
      approvedAt: at(7),
      statusChangedAt: at(7),
      version: 3,
      createdAt: at(9),
    })
    .returning();
  await db.insert(s.editionPlanPrices).values([
    { editionId: edition!.id, planCode: 'plus-monthly', priceMinor: 1_100, currency: 'USD' },
    { editionId: edition!.id, planCode: 'pro-yearly', priceMinor: 8_900, currency: 'USD' },
  ]);
  await db.insert(s.editionVisits).values(
    Array.from({ length: 6 }, (_, i) => ({
      editionId: edition!.id,
      day: at(i % 3)
        .toISOString()
        .slice(0, 10),
      visitorHash: `demo-visitor-${i}`,
    })),
  );
  // One sale of Plus at the edition's price, two days ago: 40 % of it, still on hold.
  const occurredAt = at(2);
  const receivedAt = new Date(occurredAt.getTime() + 5_000);
  const [sale] = await db
    .insert(s.conversions)
    .values({
      id: uuidv7(receivedAt.getTime()),
      organizationId: f.app.organizationId,
      appId: f.app.id,
      programId: f.program.id,
      enrollmentId: f.enrollment.id,
      affiliateId: f.enrollment.affiliateId,
      editionId: edition!.id,
      eventId: 'demo-edition-1',
      eventType: 'sale',
      orderId: 'order-edition-1',
      amountMinor: 1_100,
      currency: 'USD',
      status: 'pending',
      attributionMethod: 'edition',
      attributionTrace: [{ step: 'edition', outcome: 'matched' }],
      occurredAt,
      receivedAt,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    })
    .returning();
  await db.insert(s.commissions).values({
    conversionId: sale!.id,
    organizationId: f.app.organizationId,
    programId: f.program.id,
    beneficiaryId: f.enrollment.affiliateId,
    enrollmentId: f.enrollment.id,
    level: 0,
    amountMinor: 440,
    currency: 'USD',
    rateBps: 4_000,
    status: 'pending',
    holdUntil: holdEnd(occurredAt, f.program.holdDays),
    calculation: { rule: 'edition', rateBps: 4_000, baseMinor: 1_100, edition: 'alice.podruga.example' },
    createdAt: receivedAt,
    updatedAt: receivedAt,
  });
}

async function insertConversions(
  db: Db,
  rnd: ReturnType<typeof prng>,
  convertingClicks: {
    id: string;
    clickedAt: Date;
    programId: string;
    enrollmentId: string;
    affiliateId: string;
    appId: string;
    organizationId: string;
  }[],
  programById: Map<string, typeof s.programs.$inferSelect>,
  affiliates: (typeof s.users.$inferSelect)[],
  enrollments: (typeof s.enrollments.$inferSelect)[],
  now: number,
): Promise<void> {
  const uplineOf = new Map(affiliates.map((a) => [a.id, a.referredById]));
  for (const [n, click] of convertingClicks.entries()) {
    const program = programById.get(click.programId)!;
    const isLead = program.payoutModel === 'cpl';
    const amountMinor = isLead ? 0 : rnd.pick([4_900, 9_900, 19_900, 49_900]);
    const occurredAt = new Date(click.clickedAt.getTime() + 3_600_000);
    // Reported a few seconds after it happened; its lines are written as it arrives.
    const receivedAt = new Date(occurredAt.getTime() + 5_000);
    const [conversion] = await db
      .insert(s.conversions)
      .values({
        id: uuidv7(receivedAt.getTime()),
        organizationId: click.organizationId,
        appId: click.appId,
        programId: program.id,
        enrollmentId: click.enrollmentId,
        affiliateId: click.affiliateId,
        clickId: click.id,
        eventId: `demo-${n + 1}`,
        eventType: isLead ? 'lead' : 'sale',
        orderId: isLead ? null : `order-${1000 + n}`,
        amountMinor,
        currency: 'USD',
        status: 'approved',
        attributionMethod: 'click_id',
        occurredAt,
        receivedAt,
        createdAt: receivedAt,
        updatedAt: receivedAt,
      })
      .returning();
    const holdUntil = holdEnd(occurredAt, program.holdDays);
    const released = holdUntil.getTime() < now;
    // The same pure rules as live conversions, so each line carries its calculation.
    const chain: string[] = [];
    for (let up = uplineOf.get(click.affiliateId) ?? null; up && chain.length < 3; up = uplineOf.get(up) ?? null)
      chain.push(up);
    const enrollment = enrollments.find((e) => e.id === click.enrollmentId)!;
    const decision = computeCommissions(
      effectiveTerms(program, enrollment),
      {
        type: isLead ? 'lead' : 'sale',
        amountMinor,
        currency: isLead ? null : 'USD',
        declaredPayoutMinor: null,
        occurredAt,
        customerFirstSaleAt: isLead ? null : occurredAt,
      },
      chain.length,
    );
    if (!decision.ok) continue;
    const lines = decision.lines.map((line) => ({
      beneficiaryId: line.level === 0 ? click.affiliateId : chain[line.level - 1]!,
      level: line.level,
      amountMinor: line.amountMinor,
      rateBps: line.rateBps,
      enrollmentId: line.level === 0 ? click.enrollmentId : null,
      calculation: line.calculation,
    }));
    await db.insert(s.commissions).values(
      lines.map((line) => ({
        ...line,
        conversionId: conversion!.id,
        organizationId: click.organizationId,
        programId: program.id,
        currency: 'USD',
        holdUntil,
        status: (released ? 'approved' : 'pending') as 'approved' | 'pending',
        approvedAt: released ? holdUntil : null,
        createdAt: receivedAt,
        updatedAt: released ? holdUntil : receivedAt,
      })),
    );
  }
}
