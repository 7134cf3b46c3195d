import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import worker from '../workers/index';
import type { ClickMessage } from '../workers/contracts/click-message';
import { clickMessageFor } from './click-messages';

// The one place report tests fill the rollups. They write the rows ingest and the conversion
// pipeline maintain, so swapping these bodies for the real pipeline leaves the tests unchanged.

/** Whose traffic a rollup row counts: a program and (usually) an enrollment of one advertiser. */
export interface RollupOwner {
  organizationId: string;
  appId: string;
  programId: string;
  enrollmentId: string;
  affiliateId: string;
}

/** The owner fields of a tenant made by createTenant/createAdvertiser. */
export const ownerOf = (t: {
  org: { id: string };
  app: { id: string };
  program: { id: string };
  enrollment: { id: string; affiliateId: string };
}): RollupOwner => ({
  organizationId: t.org.id,
  appId: t.app.id,
  programId: t.program.id,
  enrollmentId: t.enrollment.id,
  affiliateId: t.enrollment.affiliateId,
});

export async function addClickStats(
  db: Db,
  owner: RollupOwner,
  rows: {
    hour: string;
    clicks: number;
    uniqueClicks?: number;
    rejectedClicks?: number;
    country?: string;
    device?: string;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(s.clickStatsHourly).values(
    rows.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      country: r.country ?? 'ZZ',
      deviceType: r.device ?? 'unknown',
      clicks: r.clicks,
      uniqueClicks: r.uniqueClicks ?? r.clicks,
      rejectedClicks: r.rejectedClicks ?? 0,
    })),
  );
}

export async function addConversionStats(
  db: Db,
  owner: RollupOwner,
  rows: {
    hour: string;
    eventType: 'lead' | 'sale' | 'rebill' | 'refund' | 'cancel';
    status?: 'pending' | 'flagged' | 'approved' | 'rejected' | 'reversed';
    conversions: number;
    revenueMinor?: number;
    currency?: string;
    country?: string;
    device?: string;
  }[],
): Promise<void> {
  await db.insert(s.conversionStatsHourly).values(
    rows.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      country: r.country ?? 'ZZ',
      deviceType: r.device ?? 'unknown',
      eventType: r.eventType,
      status: r.status ?? 'approved',
      currency: r.currency ?? 'XXX',
      conversions: r.conversions,
      revenueMinor: r.revenueMinor ?? 0,
    })),
  );
}

export async function addCommissionStats(
  db: Db,
  owner: RollupOwner,
  rows: {
    hour: string;
    amountMinor: number;
    currency: string;
    beneficiaryId?: string;
    level?: number;
    status?: 'pending' | 'approved' | 'in_payout' | 'paid' | 'rejected' | 'reversed';
    country?: string;
    device?: string;
  }[],
): Promise<void> {
  await db.insert(s.commissionStatsHourly).values(
    rows.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      beneficiaryId: r.beneficiaryId ?? owner.affiliateId,
      level: r.level ?? 0,
      kind: 'commission' as const,
      status: r.status ?? 'approved',
      country: r.country ?? 'ZZ',
      deviceType: r.device ?? 'unknown',
      currency: r.currency,
      lines: 1,
      amountMinor: r.amountMinor,
    })),
  );
}

export async function addTechStats(
  db: Db,
  owner: RollupOwner,
  rows: { hour: string; clicks: number; device?: string; os?: string; browser?: string }[],
): Promise<void> {
  await db.insert(s.clickTechHourly).values(
    rows.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      deviceType: r.device ?? 'unknown',
      os: r.os ?? '',
      browser: r.browser ?? '',
      clicks: r.clicks,
      uniqueClicks: r.clicks,
    })),
  );
}

export async function addSubStats(
  db: Db,
  owner: RollupOwner,
  rows: {
    hour: string;
    slot: number;
    value: string;
    clicks: number;
    sales?: number;
    payoutMinor?: number;
    currency?: string;
  }[],
): Promise<void> {
  await db.insert(s.clickSubsHourly).values(
    rows.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      slot: r.slot,
      value: r.value,
      clicks: r.clicks,
      uniqueClicks: r.clicks,
    })),
  );
  const sold = rows.filter((r) => r.sales);
  if (sold.length === 0) return;
  await db.insert(s.conversionSubsHourly).values(
    sold.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      slot: r.slot,
      value: r.value,
      eventType: 'sale' as const,
      status: 'approved' as const,
      currency: r.currency ?? 'USD',
      conversions: r.sales!,
      revenueMinor: 0,
    })),
  );
  await db.insert(s.commissionSubsHourly).values(
    sold.map((r) => ({
      ...owner,
      hour: new Date(r.hour),
      slot: r.slot,
      value: r.value,
      status: 'approved' as const,
      currency: r.currency ?? 'USD',
      lines: r.sales!,
      amountMinor: r.payoutMinor ?? 0,
    })),
  );
}

export async function addRejections(
  db: Db,
  owner: RollupOwner,
  rows: { hour: string; reason: (typeof s.clickRejectionsHourly.$inferInsert)['reason']; clicks: number }[],
): Promise<void> {
  await db.insert(s.clickRejectionsHourly).values(
    rows.map((r) => ({
      hour: new Date(r.hour),
      organizationId: owner.organizationId,
      programId: owner.programId,
      enrollmentId: owner.enrollmentId,
      affiliateId: owner.affiliateId,
      reason: r.reason,
      clicks: r.clicks,
    })),
  );
}

export async function setEnrollmentTotals(
  db: Db,
  owner: RollupOwner,
  totals: {
    clicks: number;
    uniqueClicks?: number;
    conversions: number;
    earningsMinor: number;
    currency: string | null;
  },
): Promise<void> {
  const values = {
    clicks: totals.clicks,
    uniqueClicks: totals.uniqueClicks ?? totals.clicks,
    conversions: totals.conversions,
    earningsMinor: totals.earningsMinor,
    currency: totals.currency,
  };
  // Ingest earlier in a file may have started the row already: these totals replace it.
  await db
    .insert(s.enrollmentTotals)
    .values({
      enrollmentId: owner.enrollmentId,
      organizationId: owner.organizationId,
      programId: owner.programId,
      affiliateId: owner.affiliateId,
      ...values,
    })
    .onConflictDoUpdate({ target: s.enrollmentTotals.enrollmentId, set: values });
}

/**
 * Clicks through the real queue consumer, which maintains click_stats_hourly as it inserts them:
 * for the reports that rollup already answers from ingest.
 */
export async function ingestClicks(
  owner: RollupOwner & { refCode: string },
  clicks: { country: string; rejectReason?: ClickMessage['rejectReason'] }[],
): Promise<void> {
  const now = Date.now();
  const bodies: ClickMessage[] = clicks.map((c, i) =>
    clickMessageFor(owner, {
      at: now - i,
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      country: c.country,
      rejectReason: c.rejectReason ?? null,
    }),
  );
  const batch = createMessageBatch(
    'clicks',
    bodies.map((body, i) => ({ id: `stats-${crypto.randomUUID()}-${i}`, timestamp: new Date(), attempts: 1, body })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  if (result.explicitAcks.length !== bodies.length)
    throw new Error(`ingest acked ${result.explicitAcks.length} of ${bodies.length}`);
}
