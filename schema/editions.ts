import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { customDomains } from './custom-domains';
import { enrollments } from './enrollments';
import {
  EditionBrandField,
  EditionDomainKind,
  EditionRewardType,
  EditionStatus,
  RecurringMode,
} from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { users } from './users';
import { checkAllIn, checkBasisPoints, checkIn } from './util/checks';
import { basisPoints, currency, id, money, timestamps, timestamptz } from './util/columns';

/**
 * How an edition may price one of the app's plans: a range around the list price (`min`…`max`, minor units),
 * or a fixed discount off it (the edition's price is then exactly list − discount).
 */
export type EditionPlanBounds = { kind: 'range'; minMinor: number; maxMinor: number } | { kind: 'discount'; discountMinor: number };

/** One of the app's plans an edition may sell, as the advertiser offers it. */
export interface EditionPlanOffer {
  /** The app's own plan key (what the partner app charges by), e.g. `pro-monthly`. */
  code: string;
  name: string;
  listPriceMinor: number;
  currency: string;
  /** month, year or once: the billing interval the price is for. */
  interval: 'month' | 'year' | 'once';
  bounds: EditionPlanBounds;
}

/**
 * An app's branded-edition offer: whether affiliates may make editions of it, what they may brand, where they
 * may host it, which plans at which bounds, and the reward an edition's sales earn (through one program of the
 * app, whose currency, hold and payouts they follow). One row per app.
 */
export const editionSettings = affiliate.table(
  'edition_settings',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser, copied so tenant-scoped reads need no join. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app the editions are of. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** Off: no new edition may be created and the app is not offered; existing editions keep resolving. */
    enabled: boolean().notNull().default(false),
    /**
     * The program an edition's commissions go through (its currency, hold, ledger and payouts); an affiliate
     * needs an active enrollment in it to make an edition. NULL until the advertiser picks one.
     */
    programId: uuid().references(() => programs.id, { onDelete: 'restrict' }),
    /** Which brand fields an affiliate may set: name, logo, favicon, colors. */
    brandFields: text({ enum: EditionBrandField }).array().notNull().default(['name', 'colors']),
    /** subdomain (of baseDomain) and/or custom (the affiliate's own hostname through Cloudflare). */
    domainKinds: text({ enum: EditionDomainKind }).array().notNull().default(['subdomain']),
    /** The app's own domain whose subdomains editions may take (podruga.example); NULL: no subdomains. */
    baseDomain: text(),
    /** The plans editions may sell, each with its list price and bounds. */
    plans: jsonb().$type<EditionPlanOffer[]>().notNull().default([]),
    /** percent of each sale, or a fixed amount per sale (in the program's currency). */
    rewardType: text({ enum: EditionRewardType }).notNull().default('percent'),
    /** The percent reward in basis points (1000 = 10 %); required when rewardType is percent. */
    rewardRateBps: basisPoints(),
    /** The fixed reward per sale in the program's minor units; required when rewardType is fixed. */
    rewardFixedMinor: bigint({ mode: 'number' }),
    /** Whether rebills earn: none, for recurringMonths months, or lifetime. */
    recurringMode: text({ enum: RecurringMode }).notNull().default('none'),
    /** How many months rebills earn when recurringMode is months. */
    recurringMonths: integer(),
    /** Submitted editions wait for the advertiser's approval; false: they go live on submission. */
    requiresApproval: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('edition_settings_app_id_unique').on(t.appId),
    index('edition_settings_organization_id_idx').on(t.organizationId),
    index('edition_settings_program_id_idx').on(t.programId),
    checkAllIn('edition_settings_brand_fields_check', t.brandFields, EditionBrandField),
    checkAllIn('edition_settings_domain_kinds_check', t.domainKinds, EditionDomainKind),
    checkIn('edition_settings_reward_type_check', t.rewardType, EditionRewardType),
    checkIn('edition_settings_recurring_mode_check', t.recurringMode, RecurringMode),
    checkBasisPoints('edition_settings_reward_rate_bps_check', t.rewardRateBps),
    check(
      'edition_settings_reward_shape_check',
      sql`(${t.rewardType} <> 'percent' OR ${t.rewardRateBps} IS NOT NULL) AND (${t.rewardType} <> 'fixed' OR ${t.rewardFixedMinor} >= 0)`,
    ),
    check('edition_settings_recurring_months_check', sql`${t.recurringMode} <> 'months' OR ${t.recurringMonths} > 0`),
    check('edition_settings_base_domain_lower_check', sql`${t.baseDomain} = lower(${t.baseDomain})`),
  ],
);

export type EditionSettings = typeof editionSettings.$inferSelect;

/**
 * An affiliate's branded edition of an advertiser's app: its brand, its host (where the partner app serves it)
 * and the prices it sells at. Visitors of the host belong to the affiliate: conversions the app reports with the
 * edition (or its host) are credited to it at the app's edition reward.
 */
export const editions = affiliate.table(
  'editions',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app the edition is of. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** The affiliate (a user) whose edition it is. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The affiliate's enrollment in the settings' program, which its conversions are credited through. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'restrict' }),
    /** The edition's own product name ("Alice's AI Friend"). */
    name: text().notNull(),
    /** The main #rrggbb colour; NULL: the app's own. */
    primaryColor: text(),
    /** The accent #rrggbb colour; NULL: the app's own. */
    accentColor: text(),
    /** Served URL of the uploaded logo (same checks as advertisers' brand uploads). */
    logoUrl: text(),
    /** Served URL of the uploaded favicon. */
    faviconUrl: text(),
    /** subdomain (of the settings' base domain) or custom. */
    domainKind: text({ enum: EditionDomainKind }).notNull(),
    /** The hostname, lower-cased, without a port or trailing dot. */
    host: text().notNull(),
    /** For a custom host: its Cloudflare custom hostname (TLS, DNS records, status); released after deletion. */
    customDomainId: uuid().references(() => customDomains.id, { onDelete: 'set null' }),
    /** See EditionStatus. */
    status: text({ enum: EditionStatus }).notNull().default('draft'),
    /** Why the advertiser rejected or suspended it (shown to the affiliate). */
    statusReason: text(),
    /** When the affiliate last submitted it. */
    submittedAt: timestamptz(),
    /** When it last went live (approved, or submitted without approval needed). */
    approvedAt: timestamptz(),
    /** When it last entered its current status; the grace period of a suspended or deleted host counts from it. */
    statusChangedAt: timestamptz().notNull().defaultNow(),
    /** Bumped on every change the partner app sees: its ETag and the webhook's version. */
    version: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // One live claim per host: a deleted edition's host is free again.
    uniqueIndex('editions_host_unique')
      .on(t.host)
      .where(sql`${t.status} <> 'deleted'`),
    index('editions_organization_id_idx').on(t.organizationId, t.status),
    index('editions_affiliate_id_idx').on(t.affiliateId, t.organizationId),
    index('editions_app_id_idx').on(t.appId),
    index('editions_enrollment_id_idx').on(t.enrollmentId),
    index('editions_custom_domain_id_idx').on(t.customDomainId),
    checkIn('editions_status_check', t.status, EditionStatus),
    checkIn('editions_domain_kind_check', t.domainKind, EditionDomainKind),
    check('editions_host_lower_check', sql`${t.host} = lower(${t.host})`),
    check(
      'editions_colors_check',
      sql`(${t.primaryColor} IS NULL OR ${t.primaryColor} ~ '^#[0-9a-f]{6}$') AND (${t.accentColor} IS NULL OR ${t.accentColor} ~ '^#[0-9a-f]{6}$')`,
    ),
  ],
);

export type Edition = typeof editions.$inferSelect;

/** The price an edition sells one of the app's offered plans at, chosen inside the offer's bounds. */
export const editionPlanPrices = affiliate.table(
  'edition_plan_prices',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The edition. */
    editionId: uuid()
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    /** The offered plan's code (edition_settings.plans[].code). */
    planCode: text().notNull(),
    /** The edition's price in minor units. */
    priceMinor: money(),
    /** ISO 4217, the offered plan's currency. */
    currency: currency(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('edition_plan_prices_edition_plan_unique').on(t.editionId, t.planCode),
    check('edition_plan_prices_price_check', sql`${t.priceMinor} >= 0`),
  ],
);

export type EditionPlanPrice = typeof editionPlanPrices.$inferSelect;

/**
 * One visitor of an edition on one UTC day, as the partner app reports it (POST /v1/apps/editions/visits):
 * the editions' visitor counts are distinct rows. The visitor key is the app's own, hashed before storage.
 */
export const editionVisits = affiliate.table(
  'edition_visits',
  {
    /** The edition visited. */
    editionId: uuid()
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    /** The UTC day of the visit. */
    day: date({ mode: 'string' }).notNull(),
    /** SHA-256 (hex) of the app's visitor key; the key itself is never stored. */
    visitorHash: text().notNull(),
    /** When the first visit of that day was reported. */
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.editionId, t.day, t.visitorHash] })],
);
