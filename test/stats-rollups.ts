import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import * as s from '../schema';
import type { Db } from '../workers/db/client';
import worker from '../workers/index';
import type { ClickMessage } from '../workers/contracts/click-message';
import { uuidv7 } from '../workers/contracts/ids';
import { deleteClickRollups, insertClickRollups } from '../workers/services/stats/rebuild-click-rollups-sql';
import { clickMessageFor } from './click-messages';

const DAY_MS = 86_400_000;

// The one place report tests fill the rollups. Clicks are raw rows rolled up by the product's own
// SQL; the conversion-side rows are written as the conversion pipeline leaves them.

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
  await addRawClicks(
    db,
    rows.flatMap((r) => [
      ...spread(r.hour, r.clicks, (i) => ({
        owner,
        isUnique: i < (r.uniqueClicks ?? r.clicks),
        country: r.country,
        device: r.device,
      })),
      ...spread(r.hour, r.rejectedClicks ?? 0, () => ({
        owner,
        rejectReason: 'bot' as const,
        country: r.country,
        device: r.device,
      })),
    ]),
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
  // The organization grain counts the same conversions, as the pipeline's one statement leaves it.
  for (const r of rows)
    await db
      .insert(s.conversionOrgHourly)
      .values({
        organizationId: owner.organizationId,
        hour: new Date(r.hour),
        eventType: r.eventType,
        status: r.status ?? 'approved',
        currency: r.currency ?? 'XXX',
        conversions: r.conversions,
        revenueMinor: r.revenueMinor ?? 0,
      })
      .onConflictDoUpdate({
        target: [
          s.conversionOrgHourly.organizationId,
          s.conversionOrgHourly.hour,
          s.conversionOrgHourly.eventType,
          s.conversionOrgHourly.status,
          s.conversionOrgHourly.currency,
        ],
        set: {
          conversions: sql`${s.conversionOrgHourly.conversions} + excluded.conversions`,
          revenueMinor: sql`${s.conversionOrgHourly.revenueMinor} + excluded.revenue_minor`,
        },
      });
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
  for (const r of rows)
    await db
      .insert(s.commissionOrgHourly)
      .values({
        organizationId: owner.organizationId,
        hour: new Date(r.hour),
        status: r.status ?? 'approved',
        currency: r.currency,
        lines: 1,
        amountMinor: r.amountMinor,
      })
      .onConflictDoUpdate({
        target: [
          s.commissionOrgHourly.organizationId,
          s.commissionOrgHourly.hour,
          s.commissionOrgHourly.status,
          s.commissionOrgHourly.currency,
        ],
        set: {
          lines: sql`${s.commissionOrgHourly.lines} + 1`,
          amountMinor: sql`${s.commissionOrgHourly.amountMinor} + excluded.amount_minor`,
        },
      });
}

export async function addTechStats(
  db: Db,
  owner: RollupOwner,
  rows: { hour: string; clicks: number; device?: string; os?: string; browser?: string }[],
): Promise<void> {
  await addRawClicks(
    db,
    rows.flatMap((r) => spread(r.hour, r.clicks, () => ({ owner, device: r.device, os: r.os, browser: r.browser }))),
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
  await addRawClicks(
    db,
    rows.flatMap((r) => spread(r.hour, r.clicks, () => ({ owner, subs: { [r.slot]: r.value } }))),
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
  rows: { hour: string; reason: NonNullable<s.NewClick['rejectReason']>; clicks: number }[],
): Promise<void> {
  await addRawClicks(
    db,
    rows.flatMap((r) => spread(r.hour, r.clicks, () => ({ owner, rejectReason: r.reason }))),
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

interface RawClick {
  owner: RollupOwner;
  at: number;
  isUnique?: boolean;
  rejectReason?: NonNullable<s.NewClick['rejectReason']>;
  country?: string;
  device?: string;
  os?: string;
  browser?: string;
  subs?: Record<number, string>;
}

/** `count` clicks spread over the minutes of `hour`, each described by `make(i)`. */
function spread(hour: string, count: number, make: (i: number) => Omit<RawClick, 'at'>): RawClick[] {
  const start = new Date(hour).getTime();
  return Array.from({ length: count }, (_, i) => ({ ...make(i), at: start + (i % 60) * 60_000 + i }));
}

/**
 * Writes raw clicks and rebuilds the click rollups of their UTC days with the product's own SQL
 * (the statements ingest and stats:rebuild share), so report tests read rollups exactly as the
 * pipeline leaves them.
 */
async function addRawClicks(db: Db, clicks: RawClick[]): Promise<void> {
  if (clicks.length === 0) return;
  await db.insert(s.clicks).values(
    clicks.map((c) => ({
      id: uuidv7(c.at),
      clickedAt: new Date(c.at),
      linkForm: 'aff_path' as const,
      code: 'stats-test',
      status: c.rejectReason ? ('rejected' as const) : ('accepted' as const),
      rejectReason: c.rejectReason ?? null,
      organizationId: c.owner.organizationId,
      appId: c.owner.appId,
      programId: c.owner.programId,
      enrollmentId: c.owner.enrollmentId,
      affiliateId: c.owner.affiliateId,
      country: c.country && c.country !== 'ZZ' ? c.country : null,
      deviceType: c.device ?? 'unknown',
      os: c.os || null,
      browser: c.browser || null,
      isUnique: !c.rejectReason && (c.isUnique ?? true),
      landingUrl: 'https://shop.example/',
      ...Object.fromEntries(Object.entries(c.subs ?? {}).map(([slot, value]) => [`sub${slot}`, value])),
    })),
  );
  const days = clicks.map((c) => Math.floor(c.at / DAY_MS));
  const from = new Date(Math.min(...days) * DAY_MS);
  const to = new Date((Math.max(...days) + 1) * DAY_MS);
  await db.execute(deleteClickRollups(from, to));
  await db.execute(insertClickRollups(from, to));
}
