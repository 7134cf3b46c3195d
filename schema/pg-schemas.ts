import { pgSchema } from 'drizzle-orm/pg-core';

/**
 * The business data: accounts, tenants, programs, tracking, conversions, commissions and payouts.
 * Foreign keys hold it together, except around the high-volume click tables.
 */
export const affiliate = pgSchema('affiliate');
/**
 * Operational records: delivery logs, the audit trail, the email outbox, dead letters, rate-limit
 * counters and raw PayPal webhooks. No foreign keys, so a log never blocks a deletion in
 * `affiliate` and is never lost by a cascade from it.
 */
export const logs = pgSchema('logs');
