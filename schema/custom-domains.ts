import { sql } from 'drizzle-orm';
import { check, index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { CustomDomainStatus, CustomDomainUse } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/** A DNS record the advertiser must add for Cloudflare to verify the hostname or issue its certificate. */
export type CustomDomainRecord = { type: 'CNAME' | 'TXT'; name: string; value: string; purpose: string };

/**
 * An advertiser's own hostname, provisioned as a Cloudflare for SaaS custom hostname. Tracking
 * links on it resolve to this organization only; a portal hostname shows its white-label brand.
 */
export const customDomains = affiliate.table(
  'custom_domains',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /**
     * The advertiser that owns the hostname. Restrict: a cascade would drop the row and leave its
     * Cloudflare hostname and host: routing entry behind; closing releases them first.
     */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The hostname, lower-cased, without a port or trailing dot. */
    hostname: text().notNull(),
    /** tracking, portal or both (the advertiser's own), or edition (an affiliate's branded edition's host). */
    purpose: text({ enum: CustomDomainUse }).notNull(),
    /** pending until Cloudflare reports both the hostname and its certificate active; failed with a reason. */
    status: text({ enum: CustomDomainStatus }).notNull().default('pending'),
    /** Cloudflare's hostname status as last read (pending, active, moved, blocked, …). */
    hostnameStatus: text(),
    /** Cloudflare's certificate status as last read (initializing, pending_validation, active, …). */
    sslStatus: text(),
    /** Cloudflare's custom hostname id, to poll, re-verify and delete it. */
    cloudflareId: text(),
    /** The DNS records to show the advertiser (CNAME target, TXT ownership, certificate validation). */
    records: jsonb().$type<CustomDomainRecord[]>().notNull().default([]),
    /** Why Cloudflare refused or failed the hostname, in its own words. */
    failureReason: text(),
    /** When the status was last polled from Cloudflare. */
    checkedAt: timestamptz(),
    /** When both the hostname and its certificate first became active. */
    activatedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('custom_domains_hostname_unique').on(t.hostname),
    index('custom_domains_organization_id_idx').on(t.organizationId),
    checkIn('custom_domains_purpose_check', t.purpose, CustomDomainUse),
    checkIn('custom_domains_status_check', t.status, CustomDomainStatus),
    check('custom_domains_hostname_lower_check', sql`${t.hostname} = lower(${t.hostname})`),
  ],
);

export type CustomDomain = typeof customDomains.$inferSelect;
