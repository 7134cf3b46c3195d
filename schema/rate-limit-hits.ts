import { index, text } from 'drizzle-orm/pg-core';
import { RateLimitBucket } from './enums';
import { logs } from './pg-schemas';
import { checkIn } from './util/checks';
import { createdAt, id } from './util/columns';

/**
 * One row per counted attempt (a failed login, a failed 2FA code, a reset request). The Workers
 * rate-limit binding is approximate and per location; account lockouts need exact, global counts.
 * Rows older than their window are pruned whenever the same key is counted again.
 */
export const rateLimitHits = logs.table(
  'rate_limit_hits',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /**
     * What is counted: login_failure, two_factor_failure, password_failure, password_reset,
     * verification_resend or signup.
     */
    bucket: text({ enum: RateLimitBucket }).notNull(),
    /** What is limited inside the bucket: a lower-cased email or a user id. */
    key: text().notNull(),
    /** When the attempt happened. */
    createdAt: createdAt(),
  },
  (t) => [
    index('rate_limit_hits_bucket_key_created_at_idx').on(t.bucket, t.key, t.createdAt),
    checkIn('rate_limit_hits_bucket_check', t.bucket, RateLimitBucket),
  ],
);

export type RateLimitHit = typeof rateLimitHits.$inferSelect;
