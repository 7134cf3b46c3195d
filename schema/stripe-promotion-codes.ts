import { boolean, index, integer, jsonb, text, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { enrollments } from './enrollments';
import { StripeCodeStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamps, timestamptz } from './util/columns';

/**
 * An enrollment's promotion code in its app's Stripe account (the code is the enrollment's coupon
 * code), and where its sync stands. The sync cron compares what the program, group and enrollment
 * ask for with what was last synced, marks the row pending, and calls Stripe outside any
 * transaction; `revision` goes up with each change, so the Idempotency-Keys of one change repeat on
 * retry and never collide with another change's.
 */
export const stripePromotionCodes = affiliate.table(
  'stripe_promotion_codes',
  {
    /** The enrollment whose code this is; the row goes with it. */
    enrollmentId: uuid()
      .primaryKey()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** The enrollment's advertiser, copied for tenant-scoped reads. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The program's app, whose Stripe account holds the code. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** pending, synced or failed. */
    status: text({ enum: StripeCodeStatus }).notNull().default('pending'),
    /** Bumped each time a change marks the row pending; part of every Idempotency-Key of the change. */
    revision: integer().notNull().default(1),
    /** The discount last synced (domain's DiscountTerms); NULL: none was asked for. */
    discount: jsonb().$type<object>(),
    /** The coupon code last synced; NULL: the enrollment had none. */
    code: text(),
    /** Whether the last sync asked for an active code (the enrollment was active). */
    wantActive: boolean().notNull().default(false),
    /** Stripe's coupon (our deterministic id) the current promotion code redeems. */
    couponId: text(),
    /** Stripe's promotion code (promo_…) made for this enrollment, the newest one. */
    promotionCodeId: text(),
    /** Whether that promotion code is active in Stripe, as far as we last set it. */
    active: boolean().notNull().default(false),
    /** Failed attempts since the last success. */
    attempts: integer().notNull().default(0),
    /** Stripe's error (or the network's) of the last failed attempt. */
    lastError: text(),
    /** When the cron may try next: now for a new change, later after a failure or while claimed. */
    nextAttemptAt: timestamptz().notNull().defaultNow(),
    /** When Stripe last matched what was asked. */
    syncedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    index('stripe_promotion_codes_due_idx').on(t.status, t.nextAttemptAt),
    index('stripe_promotion_codes_organization_id_idx').on(t.organizationId),
    index('stripe_promotion_codes_app_id_idx').on(t.appId),
    checkIn('stripe_promotion_codes_status_check', t.status, StripeCodeStatus),
  ],
);

export type StripePromotionCode = typeof stripePromotionCodes.$inferSelect;
