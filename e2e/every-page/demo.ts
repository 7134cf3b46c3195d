import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../dev/seed';
import * as s from '../../schema';
import type { E2e } from '../harness';
import type { Role } from './routes';

/** The demo data's people (dev/seed.ts), one per role. */
export const DEMO_USERS: Record<Role, { email: string; password: string }> = {
  affiliate: { email: 'alice@affiliates.example', password: DEMO_PASSWORD },
  owner: { email: 'ceo@acme.example', password: DEMO_PASSWORD },
  finance: { email: 'finance@acme.example', password: DEMO_PASSWORD },
  platformOwner: { email: 'owner@affiliate-edge.local', password: DEMO_PASSWORD },
  support: { email: 'support@affiliate-edge.local', password: DEMO_PASSWORD },
};

export type DemoParams = Record<Role, Record<string, string>>;

/**
 * What the demo lacks for every page to have content: a tracking link of the affiliate, a bounty and a proposed
 * payout batch (through the API, as people make them); then the ids each role's detail pages open.
 */
export async function completeDemo(e2e: Pick<E2e, 'db' | 'api' | 'apiLogIn'>): Promise<DemoParams> {
  const { db } = e2e;
  const [org] = await db.select().from(s.organizations).where(eq(s.organizations.slug, 'acme'));
  const [alice] = await db.select().from(s.users).where(eq(s.users.email, DEMO_USERS.affiliate.email));
  if (!org || !alice) throw new Error('every-page: the demo data is not loaded (startE2e({ demo: true }))');
  const [enrollment] = await db
    .select()
    .from(s.enrollments)
    .where(and(eq(s.enrollments.affiliateId, alice.id), eq(s.enrollments.status, 'active')))
    .orderBy(asc(s.enrollments.id))
    .limit(1);
  const aliceToken = await e2e.apiLogIn(DEMO_USERS.affiliate);
  const link = await e2e.api('POST', `/affiliate/orgs/${org.id}/links`, aliceToken, {
    enrollmentId: enrollment!.id,
    name: 'Spring newsletter',
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  // A sales bounty of Alice's program, so both bounties pages show a card (and Alice her progress).
  const [program] = await db.select().from(s.programs).where(eq(s.programs.id, enrollment!.programId));
  const bounty = await e2e.api('POST', `/orgs/${org.id}/bounties`, await e2e.apiLogIn(DEMO_USERS.owner), {
    programId: program!.id,
    kind: 'performance',
    name: 'Five sales this month',
    description: 'The first three affiliates to reach five sales earn the bonus.',
    goal: { metric: 'sales', target: 5 },
    bonus: { amountMinor: 5_000, currency: program!.currency },
    maxWinners: 3,
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 29 * 86_400_000).toISOString(),
  });
  expect(bounty.status, JSON.stringify(bounty.body)).toBe(201);
  const financeToken = await e2e.apiLogIn(DEMO_USERS.finance);
  const proposal = await e2e.api('POST', `/orgs/${org.id}/payouts/propose`, financeToken);
  expect(proposal.status, JSON.stringify(proposal.body)).toBe(200);

  const first = async <T>(rows: Promise<T[]>) => {
    const [row] = await rows;
    if (!row) throw new Error('every-page: the demo data has no row for a detail page');
    return row;
  };
  const orgScoped = {
    orgId: org.id,
    programId: (await first(db.select().from(s.programs).where(eq(s.programs.organizationId, org.id)).limit(1))).id,
    appId: (await first(db.select().from(s.apps).where(eq(s.apps.organizationId, org.id)).limit(1))).id,
    enrollmentId: enrollment!.id,
    conversionId: (
      await first(db.select().from(s.conversions).where(eq(s.conversions.organizationId, org.id)).limit(1))
    ).id,
    batchId: (await first(db.select().from(s.payoutBatches).where(eq(s.payoutBatches.organizationId, org.id)).limit(1)))
      .id,
  };
  const affiliate = {
    orgId: org.id,
    programId: enrollment!.programId,
    linkId: link.body.id as string,
    conversionId: (await first(db.select().from(s.conversions).where(eq(s.conversions.affiliateId, alice.id)).limit(1)))
      .id,
  };
  return { affiliate, owner: orgScoped, finance: orgScoped, platformOwner: {}, support: {} };
}
