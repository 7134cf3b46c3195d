import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  CampaignCategory,
  CampaignDeliveryState,
  CampaignStatus,
  CampaignTrigger,
  EnrollmentStatus,
  Locale,
} from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkAllIn, checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * A message an advertiser sends its affiliates by email and in-app: a broadcast (now or at a time) or a
 * triggered one (on approval, N days in without a click, on the first conversion). Subject and body in
 * Markdown, in English and Russian: each recipient gets their language, else the other one.
 */
export const campaigns = affiliate.table(
  'campaigns',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser that sends it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The advertiser's own label; affiliates never see it. */
    name: text().notNull(),
    /** marketing: the affiliate's unsubscribe is honoured; transactional: always emailed. */
    category: text({ enum: CampaignCategory }).notNull().default('marketing'),
    /** English subject; NULL with body_en when there is no English variant. */
    subjectEn: text(),
    /** English body, Markdown. */
    bodyEn: text(),
    /** Russian subject; NULL with body_ru when there is no Russian variant. */
    subjectRu: text(),
    /** Russian body, Markdown. */
    bodyRu: text(),
    /** Only affiliates enrolled in these programs; empty: any program of the advertiser. */
    programIds: uuid().array().notNull().default([]),
    /** Only members of these partner groups; empty: any group. */
    groupIds: uuid().array().notNull().default([]),
    /** Enrollment statuses that qualify (default: active only). */
    statuses: text({ enum: EnrollmentStatus }).array().notNull().default(['active']),
    /** Only affiliates with one of these tags; empty: any. */
    tags: text().array().notNull().default([]),
    /** NULL: a broadcast; else what fires it for each affiliate. */
    trigger: text({ enum: CampaignTrigger }),
    /** no_click: days after joining without a click. */
    triggerDays: integer(),
    /** draft, scheduled, sending, sent, active (triggered) or cancelled. */
    status: text({ enum: CampaignStatus }).notNull().default('draft'),
    /** scheduled: when it goes out. */
    scheduledAt: timestamptz(),
    /** When the send began (broadcast) or the trigger was switched on; triggers count events after it. */
    startedAt: timestamptz(),
    /** When every recipient of a broadcast was delivered. */
    finishedAt: timestamptz(),
    /** When it was sent, scheduled or activated: the month whose plan allowance it used. */
    countedAt: timestamptz(),
    /** The member who wrote it; NULL once that account is gone. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('campaigns_organization_id_idx').on(t.organizationId),
    index('campaigns_created_by_id_idx').on(t.createdById),
    // The cron's work: due schedules, sends to resume, triggers to fire.
    index('campaigns_due_idx').on(t.status).where(sql`${t.status} IN ('scheduled', 'sending', 'active')`),
    checkIn('campaigns_category_check', t.category, CampaignCategory),
    checkIn('campaigns_status_check', t.status, CampaignStatus),
    checkIn('campaigns_trigger_check', t.trigger, CampaignTrigger),
    checkAllIn('campaigns_statuses_check', t.statuses, EnrollmentStatus),
    check('campaigns_name_check', sql`char_length(${t.name}) BETWEEN 1 AND 120`),
    check(
      'campaigns_variants_check',
      sql`(${t.subjectEn} IS NULL) = (${t.bodyEn} IS NULL) AND (${t.subjectRu} IS NULL) = (${t.bodyRu} IS NULL) AND (${t.subjectEn} IS NOT NULL OR ${t.subjectRu} IS NOT NULL)`,
    ),
    check(
      'campaigns_trigger_days_check',
      sql`(${t.trigger} = 'no_click') = (${t.triggerDays} IS NOT NULL) AND ${t.triggerDays} BETWEEN 1 AND 365`,
    ),
  ],
);

/**
 * One affiliate's copy of a campaign, written before anything is delivered: the unique (campaign,
 * affiliate) pair is what makes a retried send, a resumed crash or a trigger firing twice reach an
 * affiliate once. It is also the affiliate's in-app message.
 */
export const campaignRecipients = affiliate.table(
  'campaign_recipients',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The campaign. */
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    /** The campaign's advertiser, copied so the affiliate's list needs no join to filter. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The variant they get: their language when the campaign has it, else the other. */
    language: text({ enum: Locale }).notNull(),
    /** queued, sent, skipped_unsubscribed or failed. */
    state: text({ enum: CampaignDeliveryState }).notNull().default('queued'),
    /** The email's row in logs.email_outbox, once written. */
    emailOutboxId: uuid(),
    /** Why it failed. */
    error: text(),
    /** When it was delivered (in-app shown, email queued). */
    deliveredAt: timestamptz(),
    /** When the affiliate read it in-app. */
    readAt: timestamptz(),
    /** When it was expanded. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('campaign_recipients_campaign_id_affiliate_id_unique').on(t.campaignId, t.affiliateId),
    index('campaign_recipients_affiliate_id_organization_id_idx').on(t.affiliateId, t.organizationId),
    index('campaign_recipients_organization_id_idx').on(t.organizationId),
    index('campaign_recipients_queued_idx').on(t.campaignId).where(sql`${t.state} = 'queued'`),
    checkIn('campaign_recipients_language_check', t.language, Locale),
    checkIn('campaign_recipients_state_check', t.state, CampaignDeliveryState),
  ],
);

/** An affiliate who asked for no more marketing email from an advertiser (one click, no login). */
export const campaignUnsubscribes = affiliate.table(
  'campaign_unsubscribes',
  {
    /** The advertiser whose marketing email stops. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate. */
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** When they unsubscribed. */
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index('campaign_unsubscribes_user_id_idx').on(t.userId),
  ],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignRecipient = typeof campaignRecipients.$inferSelect;
