import { sql } from 'drizzle-orm';
import type { ClickMessage } from '../../contracts/click-message';
import type { ServiceCall, ServiceContext } from '../../context';
import { enqueuePostbacks } from './enqueue-postbacks';
import type { PostbackRequest } from './postback-request';

// Click postbacks are opt-in and rare; the ingest path must not pay a query per batch to learn
// that nobody wants them. The opted-in affiliates are remembered per isolate for a minute.
const TTL_MS = 60_000;
let optedIn: { ids: Set<string>; expires: number } | null = null;

async function affiliatesWantingClicks(ctx: ServiceContext): Promise<Set<string>> {
  const now = ctx.now.getTime();
  if (optedIn && optedIn.expires > now) return optedIn.ids;
  const result = await ctx.db.execute(
    sql`SELECT id FROM affiliate.users WHERE postback_enabled AND 'click' = ANY(postback_events) AND NOT banned AND NOT blocked`,
  );
  optedIn = { ids: new Set((result.rows as { id: string }[]).map((r) => r.id)), expires: now + TTL_MS };
  return optedIn.ids;
}

/** Forgets the opted-in set (tests, and a settings change in the same isolate). */
export function forgetClickPostbackOptIns(): void {
  optedIn = null;
}

type ClickRow = {
  id: string;
  clicked_at: string;
  affiliate_id: string;
  organization_id: string;
  program_id: string;
} & Record<`sub${number}`, string | null>;

/**
 * Fires the `click` postback for the accepted clicks of a just-written batch whose affiliate opted
 * in. Read back from affiliate.clicks, because the consumer (not the edge) decides acceptance and
 * resolves late codes. Idempotent downstream: the delivery key is the click id.
 */
export async function fireClickPostbacks({ ctx, input }: ServiceCall<{ clicks: ClickMessage[] }>): Promise<number> {
  const { clicks } = input;
  const wanted = await affiliatesWantingClicks(ctx);
  if (wanted.size === 0) return 0;
  const candidates = clicks.filter(
    (c) => c.rejectReason === null && (c.affiliateId === null || wanted.has(c.affiliateId)),
  );
  if (candidates.length === 0) return 0;
  const result = await ctx.db.execute(sql`
    SELECT c.id, c.clicked_at, c.affiliate_id, c.organization_id, c.program_id,
           c.sub1, c.sub2, c.sub3, c.sub4, c.sub5, c.sub6, c.sub7, c.sub8, c.sub9, c.sub10
    FROM affiliate.clicks c
    WHERE (c.id, c.clicked_at) IN (SELECT * FROM unnest(${sql.param(candidates.map((c) => c.id))}::uuid[], ${sql.param(candidates.map((c) => new Date(c.at).toISOString()))}::timestamptz[]))
      AND c.status = 'accepted' AND NOT c.is_bot AND c.affiliate_id IS NOT NULL`);
  const requests: PostbackRequest[] = (result.rows as ClickRow[])
    .filter((row) => wanted.has(row.affiliate_id))
    .map((row) => {
      const values: PostbackRequest['values'] = {
        click_id: row.id,
        affiliate_id: row.affiliate_id,
        advertiser_id: row.organization_id,
        offer_id: row.program_id,
        status: 'click',
        payout: '0',
        currency: '',
        timestamp: String(Math.floor(new Date(row.clicked_at).getTime() / 1000)),
      };
      for (let i = 1; i <= 10; i++) values[`sub${i}` as 'sub1'] = row[`sub${i}`] ?? '';
      return {
        v: 1,
        affiliateId: row.affiliate_id,
        organizationId: row.organization_id,
        eventType: 'click',
        eventKey: row.id,
        conversionId: null,
        clickId: row.id,
        programId: row.program_id,
        occurredAt: new Date(row.clicked_at).toISOString(),
        values,
      };
    });
  if (requests.length > 0) await enqueuePostbacks({ ctx, input: { requests } });
  return requests.length;
}
