import { boolean, index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { BillingPeriod, OrganizationStatus } from './enums';
import { affiliate } from './pg-schemas';
import { plans } from './plans';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/** White-label portal settings, shown on the advertiser's custom domain. */
export type Branding = {
  logoUrl?: string;
  primaryColor?: string;
  portalName?: string;
  faviconUrl?: string;
  supportEmail?: string;
};

/** An advertiser: the tenant. Every row of tenant data carries its organization_id. */
export const organizations = affiliate.table(
  'organizations',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Display name. */
    name: text().notNull(),
    /** URL-safe unique handle. */
    slug: text().notNull(),
    /** active; suspended (held by the platform) or closed: its programs leave the marketplace. */
    status: text({ enum: OrganizationStatus }).notNull().default('active'),
    /** The SaaS plan subscribed to. */
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    /** Whether the plan is billed monthly or yearly. */
    billingPeriod: text({ enum: BillingPeriod }).notNull().default('monthly'),
    /** White-label portal settings (logo, colour, portal name), shown on the custom domain. */
    branding: jsonb().$type<Branding>().notNull().default({}),
    /**
     * The strict payout rule: whoever proposes a batch, approves it and sends it are three
     * different people. Off (the default, so a team of two can pay): the approver still is not the
     * proposer, and anyone with a payout role sends what was approved.
     */
    payoutFourEyes: boolean().notNull().default(false),
    /**
     * Members must use two-step verification: past their grace period, a member without it gets
     * 403 two_factor_required on this organization's routes. Set by an owner who has 2FA on.
     */
    requireTwoFactor: boolean().notNull().default(false),
    ...timestamps,
  },
  (t) => [
    unique('organizations_slug_unique').on(t.slug),
    index('organizations_plan_id_idx').on(t.planId),
    checkIn('organizations_status_check', t.status, OrganizationStatus),
    checkIn('organizations_billing_period_check', t.billingPeriod, BillingPeriod),
  ],
);

export type Organization = typeof organizations.$inferSelect;
