import { sql } from 'drizzle-orm';
import { boolean, char, check, index, inet, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ClickLinkForm, ClickRejectReason, ClickStatus } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamptz } from './util/columns';

// Every click, accepted or rejected, written in batches by the ingest consumer.
//
// No foreign keys: this is the append-only, high-volume fact table, and ingest must not pay a
// lookup per row per key. Nothing references clicks with a foreign key either, because a
// conversion may arrive before its click is ingested; click ids are plain uuid columns elsewhere.
//
// Partitioned by UTC month on clicked_at. drizzle-kit cannot express that, so the init migration
// adds PARTITION BY by hand, plus affiliate.ensure_click_partitions(from_month, months), which a
// monthly cron must call to create partitions ahead of time (clicks_yYYYYmMM; clicks_default
// catches strays). A partition key must be part of the primary key, hence (id, clicked_at);
// clicked_at is derived from the UUIDv7 click id, so the pair is exactly as unique as the id and
// a redelivered click still conflicts with itself.
export const clicks = affiliate.table(
  'clicks',
  {
    // Generated at the edge before anything else, so no $defaultFn here.
    id: uuid().notNull(),
    clickedAt: timestamptz().notNull(),
    receivedAt: timestamptz().notNull().defaultNow(),
    linkForm: text({ enum: ClickLinkForm }).notNull(),
    // The code as written in the URL (ref code, offer/affiliate pair or slug), even if unknown.
    code: text(),
    status: text({ enum: ClickStatus }).notNull(),
    rejectReason: text({ enum: ClickRejectReason }),
    organizationId: uuid(),
    appId: uuid(),
    programId: uuid(),
    enrollmentId: uuid(),
    affiliateId: uuid(),
    linkId: uuid(),
    ip: inet(),
    userAgent: text(),
    referrer: text(),
    country: char({ length: 2 }),
    region: text(),
    city: text(),
    asn: integer(),
    deviceType: text(),
    os: text(),
    browser: text(),
    // Hash of user agent + Accept-Language, for the fingerprint attribution fallback.
    fingerprint: text(),
    sub1: text(),
    sub2: text(),
    sub3: text(),
    sub4: text(),
    sub5: text(),
    sub6: text(),
    sub7: text(),
    sub8: text(),
    sub9: text(),
    sub10: text(),
    landingUrl: text(),
    isUnique: boolean().notNull().default(false),
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
