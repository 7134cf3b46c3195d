import * as s from '../schema';
import { uuidv7 } from '../workers/contracts/ids';
import type { E2e } from './harness';

const DAY = 86_400_000;

/** An approved $500.00 sale and its approved $150.00 commission (30 %), past its hold, in the e2e tenant. */
export async function approvedCommission(e2e: Pick<E2e, 'db' | 'tenant'>, affiliateId: string, refCode: string) {
  const { db, tenant } = e2e;
  const [enrollment] = await db
    .insert(s.enrollments)
    .values({ programId: tenant.program.id, affiliateId, organizationId: tenant.org.id, status: 'active', refCode })
    .returning();
  const at = Date.now() - 20 * DAY;
  const conversionId = uuidv7(at);
  await db.insert(s.conversions).values({
    id: conversionId,
    organizationId: tenant.org.id,
    appId: tenant.app.id,
    programId: tenant.program.id,
    enrollmentId: enrollment!.id,
    affiliateId,
    eventId: `evt-${conversionId}`,
    eventType: 'sale',
    amountMinor: 50_000,
    currency: 'USD',
    occurredAt: new Date(at),
    status: 'approved',
    attributionMethod: 'coupon',
    attributionTrace: [{ step: 'coupon', outcome: 'matched' }],
  });
  await db.insert(s.commissions).values({
    conversionId,
    organizationId: tenant.org.id,
    programId: tenant.program.id,
    beneficiaryId: affiliateId,
    enrollmentId: enrollment!.id,
    amountMinor: 15_000,
    currency: 'USD',
    rateBps: 3000,
    calculation: { rule: 'percent', rateBps: 3000, baseAmountMinor: 50_000, level: 0 },
    status: 'approved',
    holdUntil: new Date(at + DAY),
    approvedAt: new Date(at + DAY),
  });
}
