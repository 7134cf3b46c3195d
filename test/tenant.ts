import * as s from '../schema';
import type { Db } from '../workers/db/client';

// Free of 'cloudflare:workers' so Node tests (e2e/) can seed with it too.

let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** An advertiser with one app, one program and one affiliate enrolled: the smallest tenant. */
export interface TenantOptions {
  programStatus?: 'active' | 'paused';
  enrollmentStatus?: 'active' | 'suspended' | 'pending';
  cookieDays?: number;
  /** Any other program settings (landing URL, geo, caps, fallback…). */
  program?: Partial<typeof s.programs.$inferInsert>;
}

export async function createTenant(db: Db, opts: TenantOptions = {}) {
  const [plan] = await db
    .insert(s.plans)
    .values({ code: 'starter', name: 'Starter', monthlyPriceMinor: 4900, yearlyPriceMinor: 47040, currency: 'USD' })
    .onConflictDoUpdate({ target: s.plans.code, set: { name: 'Starter' } })
    .returning();
  const [org] = await db
    .insert(s.organizations)
    .values({ name: 'Tenant', slug: unique('org'), planId: plan!.id })
    .returning();
  const [app] = await db
    .insert(s.apps)
    .values({ organizationId: org!.id, name: 'App', siteUrl: 'https://app.example/', allowedDomains: ['app.example'] })
    .returning();
  const [program] = await db
    .insert(s.programs)
    .values({
      organizationId: org!.id,
      appId: app!.id,
      name: 'Program',
      slug: unique('program'),
      status: opts.programStatus ?? 'active',
      payoutModel: 'revshare',
      commissionType: 'percent',
      commissionRateBps: 3000,
      currency: 'USD',
      landingUrl: 'https://app.example/',
      allowedDomains: ['app.example'],
      cookieDays: opts.cookieDays ?? 30,
      ...opts.program,
    })
    .returning();
  const [affiliate] = await db
    .insert(s.users)
    .values({ email: `${unique('aff')}@example.com`, approvedAffiliate: true })
    .returning();
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({
      programId: program!.id,
      affiliateId: affiliate!.id,
      organizationId: org!.id,
      status: opts.enrollmentStatus ?? 'active',
      refCode: unique('code'),
    })
    .returning();
  return { org: org!, app: app!, program: program!, affiliate: affiliate!, enrollment: enrollment! };
}
