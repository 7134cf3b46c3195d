// The ledger soak's world: two advertisers with programs of every commission shape in four
// currencies (JPY without minor units), affiliates enrolled everywhere with upline chains, and
// PayPal addresses whose +tag picks each payout item's outcome at the local PayPal server.
import { and, eq } from 'drizzle-orm';
import * as s from '../../schema';
import type { Db } from '../../workers/db/client';
import { createTenant } from '../../test/tenant';
import type { PlanProgram } from './soak-plan';

type ProgramValues = Partial<typeof s.programs.$inferInsert>;

/** Per advertiser, its programs beyond the one createTenant makes (that one is re-shaped to the first). */
const PROGRAMS: {
  tenant: number;
  values: ProgramValues;
  pays: 'lead' | 'sale';
}[] = [
  {
    tenant: 0,
    pays: 'sale',
    values: {
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 3000,
      currency: 'USD',
      recurringMode: 'lifetime',
      holdDays: 3,
      multiLevelRatesBps: [1000, 300, 100],
    },
  },
  {
    tenant: 0,
    pays: 'sale',
    values: {
      payoutModel: 'cps',
      commissionType: 'hybrid',
      commissionRateBps: 1000,
      commissionFixedMinor: 500,
      currency: 'EUR',
      recurringMode: 'months',
      recurringMonths: 3,
      recurringRateBps: 500,
      holdDays: 7,
      multiLevelRatesBps: [500, 200],
    },
  },
  {
    tenant: 0,
    pays: 'lead',
    values: {
      payoutModel: 'cpl',
      commissionType: 'fixed',
      commissionFixedMinor: 250,
      currency: 'USD',
      holdDays: 0,
      multiLevelRatesBps: [1000],
    },
  },
  {
    tenant: 1,
    pays: 'sale',
    values: {
      payoutModel: 'cps',
      commissionType: 'percent',
      commissionRateBps: 2500,
      currency: 'JPY',
      holdDays: 5,
      multiLevelRatesBps: [1000, 300, 100],
    },
  },
  {
    tenant: 1,
    pays: 'sale',
    values: {
      payoutModel: 'revshare',
      commissionType: 'fixed',
      commissionFixedMinor: 1500,
      currency: 'GBP',
      recurringMode: 'months',
      recurringMonths: 6,
      holdDays: 2,
      multiLevelRatesBps: [2000],
    },
  },
  {
    tenant: 1,
    pays: 'lead',
    values: {
      payoutModel: 'cpl',
      commissionType: 'fixed',
      commissionFixedMinor: 300,
      currency: 'JPY',
      holdDays: 1,
      multiLevelRatesBps: [],
    },
  },
];

/** PayPal receiver tags (dev/paypal-server/outcomes.ts): most affiliates are paid, the rest exercise every outcome. */
const TAGS = [
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'failed',
  'unclaimed',
  'returned',
  'blocked',
  'refunded',
  'onhold',
];

export interface SoakTenant {
  organizationId: string;
  appId: string;
  /** Three staff, so no one approves what they proposed or sends what they approved (four eyes). */
  proposerId: string;
  approverId: string;
  senderId: string;
}

export interface SoakProgram extends PlanProgram {
  id: string;
  organizationId: string;
  appId: string;
}

export interface SoakWorld {
  tenants: SoakTenant[];
  programs: SoakProgram[];
  affiliates: string[];
  /** enrollments[program][affiliate] → enrollment id. */
  enrollments: string[][];
  /** groups[program] → its group ids, the default group first (more come from seedTerms). */
  groups: string[][];
}

let serial = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(serial++).toString(36)}`;

async function staff(db: Db, organizationId: string, role: 'finance' | 'owner'): Promise<string> {
  const [user] = await db
    .insert(s.users)
    .values({ email: `${unique(`soak-${role}`)}@example.com` })
    .returning();
  await db.insert(s.memberships).values({ organizationId, userId: user!.id, role });
  return user!.id;
}

/** Seeds the world through plain inserts: setup, not the traffic under test. */
export async function seedWorld(db: Db, opts: { affiliates: number }): Promise<SoakWorld> {
  const [enterprise] = await db.select().from(s.plans).where(eq(s.plans.code, 'enterprise'));
  const tenants: SoakTenant[] = [];
  const firstPrograms: string[] = [];
  for (let t = 0; t < 2; t++) {
    const made = await createTenant(db);
    // No plan limit should cut the traffic short.
    await db.update(s.organizations).set({ planId: enterprise!.id }).where(eq(s.organizations.id, made.org.id));
    tenants.push({
      organizationId: made.org.id,
      appId: made.app.id,
      proposerId: await staff(db, made.org.id, 'finance'),
      approverId: await staff(db, made.org.id, 'finance'),
      senderId: await staff(db, made.org.id, 'owner'),
    });
    firstPrograms.push(made.program.id);
  }
  const programs: SoakProgram[] = [];
  for (const p of PROGRAMS) {
    const tenant = tenants[p.tenant]!;
    const first = programs.every((q) => q.tenant !== p.tenant);
    // Conversions come from a handful of test IPs: the per-IP rule stays out of the way, the too-soon rule does not.
    const values = {
      ...p.values,
      fraudMaxConversionsPerIpHour: 1_000_000,
      fraudMinSecondsAfterClick: 10,
    };
    const [row] = first
      ? await db.update(s.programs).set(values).where(eq(s.programs.id, firstPrograms[p.tenant]!)).returning()
      : await db
          .insert(s.programs)
          .values({
            organizationId: tenant.organizationId,
            appId: tenant.appId,
            name: `Soak ${programs.length}`,
            slug: unique('soak-program'),
            status: 'active',
            landingUrl: 'https://app.example/',
            allowedDomains: ['app.example'],
            ...(values as Required<Pick<ProgramValues, 'payoutModel' | 'commissionType' | 'currency'>>),
          })
          .returning();
    programs.push({
      id: row!.id,
      organizationId: tenant.organizationId,
      appId: tenant.appId,
      tenant: p.tenant,
      currency: row!.currency,
      pays: p.pays,
      recurring: row!.recurringMode !== 'none',
      groups: 1,
    });
  }
  const affiliates: string[] = [];
  for (let i = 0; i < opts.affiliates; i++) {
    const tag = TAGS[i % TAGS.length]!;
    const [user] = await db
      .insert(s.users)
      .values({
        email: `${unique('soak-aff')}@example.com`,
        approvedAffiliate: true,
        paypalEmail: `${unique('soak-pp')}${tag ? `+${tag}` : ''}@example.com`,
        paypalEmailVerifiedAt: new Date(),
        // Chains of up to four: affiliate i was referred by i − 1 unless i is a multiple of 4.
        referredById: i % 4 === 0 ? null : affiliates[i - 1]!,
      })
      .returning();
    affiliates.push(user!.id);
  }
  const enrollments: string[][] = [];
  for (const program of programs) {
    const rows = await db
      .insert(s.enrollments)
      .values(
        affiliates.map((affiliateId) => ({
          programId: program.id,
          affiliateId,
          organizationId: program.organizationId,
          status: 'active' as const,
          refCode: unique('soak-code'),
        })),
      )
      .returning({
        id: s.enrollments.id,
        affiliateId: s.enrollments.affiliateId,
      });
    const byAffiliate = new Map(rows.map((r) => [r.affiliateId, r.id]));
    enrollments.push(affiliates.map((a) => byAffiliate.get(a)!));
  }
  // The default group each program got from its trigger; seedTerms adds the others through the verbs.
  const groups: string[][] = [];
  for (const program of programs) {
    const [group] = await db
      .select({ id: s.programGroups.id })
      .from(s.programGroups)
      .where(and(eq(s.programGroups.programId, program.id), eq(s.programGroups.isDefault, true)));
    groups.push([group!.id]);
  }
  return { tenants, programs, affiliates, enrollments, groups };
}
