import { sql } from 'drizzle-orm';
import { boolean, char, check, index, inet, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ClickLinkForm, ClickRejectReason, ClickStatus } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamptz } from './util/columns';

/**
 * Every click, accepted or rejected, written in batches by the ingest consumer.
 *
 * No foreign keys: this is the append-only, high-volume fact table, and ingest must not pay a
 * lookup per row per key. Nothing references clicks with a foreign key either, because a
 * conversion may arrive before its click is ingested; click ids are plain uuid columns elsewhere.
 *
 * Partitioned by UTC month on clicked_at. drizzle-kit cannot express that, so the init migration
 * adds PARTITION BY by hand, plus affiliate.ensure_click_partitions(from_month, months), which a
 * monthly cron must call to create partitions ahead of time (clicks_yYYYYmMM; clicks_default
 * catches strays). A partition key must be part of the primary key, hence (id, clicked_at);
 * clicked_at is derived from the UUIDv7 click id, so the pair is exactly as unique as the id and
 * a redelivered click still conflicts with itself. affiliate.click_facts(click_id) (migration 0074)
 * looks one click up by id in its own partition, for statements that join many rows to their click.
 */
export const clicks = affiliate.table(
  'clicks',
  {
    /** The click id (UUIDv7), generated at the edge before anything else, so no default here. */
    id: uuid().notNull(),
    /** When the click happened: the timestamp inside the id, and the partition key. */
    clickedAt: timestamptz().notNull(),
    /** When ingest wrote the row; later than clicked_at for a late-arriving click. */
    receivedAt: timestamptz().notNull().defaultNow(),
    /**
     * Which URL form was clicked: aff_path (`/aff/{code}` on a partner site), click (offer and
     * affiliate ids), short_link (`/r/{slug}`) or client_side (a ref code parameter on the
     * advertiser's own page, reported by /aff-click.js without a redirect).
     */
    linkForm: text({ enum: ClickLinkForm }).notNull(),
    /** The code as written in the URL (ref code, offer/affiliate pair or slug), even if unknown. */
    code: text(),
    /** accepted (counted and attributable) or rejected (see reject_reason). */
    status: text({ enum: ClickStatus }).notNull(),
    /**
     * Why a rejected click was refused (unknown code, inactive program or enrollment, geo, cap, bot,
     * prefetch, rate limit, invalid target); NULL when accepted.
     */
    rejectReason: text({ enum: ClickRejectReason }),
    /** The advertiser, when the code resolved (no foreign key). */
    organizationId: uuid(),
    /** The program's app, when the code resolved. */
    appId: uuid(),
    /** The program, when the code resolved. */
    programId: uuid(),
    /** The enrollment, when the code resolved. */
    enrollmentId: uuid(),
    /** The affiliate, when the code resolved. */
    affiliateId: uuid(),
    /** The short link clicked, for the short_link form. */
    linkId: uuid(),
    /** Client IP. */
    ip: inet(),
    /** Browser User-Agent header. */
    userAgent: text(),
    /** Referer header: the page the click came from. */
    referrer: text(),
    /** ISO 3166 country code from Cloudflare's geolocation. */
    country: char({ length: 2 }),
    /** Region from Cloudflare's geolocation. */
    region: text(),
    /** City from Cloudflare's geolocation. */
    city: text(),
    /** Autonomous system number of the client's network (datacenter detection). */
    asn: integer(),
    /** Device class parsed from the user agent (desktop, mobile, tablet, ...; unknown without one). */
    deviceType: text(),
    /** Operating system parsed from the user agent. */
    os: text(),
    /** Browser parsed from the user agent. */
    browser: text(),
    /** Hash of user agent and Accept-Language, for unique clicks and the fingerprint attribution fallback. */
    fingerprint: text(),
    /** Affiliate's sub-id 1 (`sub1` query parameter), passed through to reports and postbacks. */
    sub1: text(),
    /** Affiliate's sub-id 2 (`sub2` query parameter), passed through to reports and postbacks. */
    sub2: text(),
    /** Affiliate's sub-id 3 (`sub3` query parameter), passed through to reports and postbacks. */
    sub3: text(),
    /** Affiliate's sub-id 4 (`sub4` query parameter), passed through to reports and postbacks. */
    sub4: text(),
    /** Affiliate's sub-id 5 (`sub5` query parameter), passed through to reports and postbacks. */
    sub5: text(),
    /** Affiliate's sub-id 6 (`sub6` query parameter), passed through to reports and postbacks. */
    sub6: text(),
    /** Affiliate's sub-id 7 (`sub7` query parameter), passed through to reports and postbacks. */
    sub7: text(),
    /** Affiliate's sub-id 8 (`sub8` query parameter), passed through to reports and postbacks. */
    sub8: text(),
    /** Affiliate's sub-id 9 (`sub9` query parameter), passed through to reports and postbacks. */
    sub9: text(),
    /** Affiliate's sub-id 10 (`sub10` query parameter), passed through to reports and postbacks. */
    sub10: text(),
    /** Where the browser was sent: the offer, or a fallback page for a refused click. */
    landingUrl: text(),
    /** First accepted click of its fingerprint on its program within 24 hours (approximate at batch edges). */
    isUnique: boolean().notNull().default(false),
    /** The request looked automated (bot user agent or prefetch). */
    isBot: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ name: 'clicks_pkey', columns: [t.id, t.clickedAt] }),
    index('clicks_program_id_clicked_at_idx').on(t.programId, t.clickedAt),
    index('clicks_enrollment_id_clicked_at_idx').on(t.enrollmentId, t.clickedAt),
    index('clicks_affiliate_id_clicked_at_idx').on(t.affiliateId, t.clickedAt),
    // Serves the unique-click look-back (same fingerprint and program in 24 h) and the fingerprint
    // attribution fallback; both only ever consider accepted clicks.
    index('clicks_fingerprint_program_id_clicked_at_idx')
      .on(t.fingerprint, t.programId, t.clickedAt)
      .where(sql`${t.status} = 'accepted'`),
    index('clicks_organization_id_clicked_at_idx').on(t.organizationId, t.clickedAt),
    // Lets the rollup find late-arriving clicks by arrival time; BRIN because received_at grows
    // with insertion order, so the index stays tiny and costs ingest almost nothing.
    index('clicks_received_at_brin_idx').using('brin', t.receivedAt),
    checkIn('clicks_link_form_check', t.linkForm, ClickLinkForm),
    checkIn('clicks_status_check', t.status, ClickStatus),
    checkIn('clicks_reject_reason_check', t.rejectReason, ClickRejectReason),
    check('clicks_reject_reason_status_check', sql`(${t.status} = 'rejected') = (${t.rejectReason} IS NOT NULL)`),
  ],
);

export type Click = typeof clicks.$inferSelect;
export type NewClick = typeof clicks.$inferInsert;
