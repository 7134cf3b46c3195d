import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { enrollments } from './enrollments';
import { type ImportCsvFormat, ImportItemKind, ImportOutcome, ImportSource, ImportStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps, timestamptz } from './util/columns';

/** How an import maps the source onto programs, and what it does besides. */
export interface ImportOptions {
  /** The program every record goes to unless its campaign is mapped elsewhere. */
  programId: string;
  /** The source's campaign id → our program id. */
  campaignPrograms: Record<string, string>;
  /** Mail imported affiliates a welcome with a link to set their password. */
  sendWelcome: boolean;
  /** The link parameter the source's links carry (Tolt's is configurable; the others are fixed). */
  referralParam: string;
  /** A csv import's layout: ours, or another product's exports (absent on jobs from before it existed: ours). */
  format?: ImportCsvFormat;
  /**
   * Our CSV format: the ledger its commission ids belong to (the advertiser's key, else a fingerprint of
   * the commissions file). Absent on older jobs, whose ids were booked as `csv:<id>`.
   */
  sourceKey?: string;
}

/**
 * One import from another affiliate product (or our CSV format) into an advertiser: a job the cron
 * advances a stage at a time, resumable from `cursor`, so a crash repeats at most the step it was in.
 */
export const importJobs = affiliate.table(
  'import_jobs',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser importing. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** csv, rewardful, firstpromoter, tolt or partnerstack. */
    source: text({ enum: ImportSource }).notNull(),
    /** fetching, planning, planned (the dry run is ready), applying, completed or failed. */
    status: text({ enum: ImportStatus }).notNull().default('fetching'),
    /** Programs, campaign mapping, welcome emails and the link parameter. */
    options: jsonb().$type<ImportOptions>().notNull(),
    /** The source's API token, encrypted with the Worker's key; NULL for a CSV import. */
    tokenSealed: text(),
    /** Where the fetch stage stands: the resource being read and its next page. */
    cursor: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    /** The source asked us to wait (429 Retry-After): no step before this time. */
    notBefore: timestamptz(),
    /** Steps that failed in a row (a source error); the job fails after too many. */
    failures: integer().notNull().default(0),
    /** The last step's error, as shown to the advertiser. */
    lastError: text(),
    /** Counts per kind and outcome, refreshed by the dry run and the run. */
    summary: jsonb().$type<Record<string, Record<string, number>>>().notNull().default({}),
    /** The member who started it. */
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When the advertiser confirmed the run after the dry run. */
    runRequestedAt: timestamptz(),
    /** When it completed or failed. */
    finishedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    index('import_jobs_organization_id_created_at_idx').on(t.organizationId, t.createdAt),
    // The cron's pick: jobs with a stage to run.
    index('import_jobs_active_idx').on(t.updatedAt).where(sql`${t.status} IN ('fetching', 'planning', 'applying')`),
    index('import_jobs_created_by_id_idx').on(t.createdById),
    checkIn('import_jobs_source_check', t.source, ImportSource),
    checkIn('import_jobs_status_check', t.status, ImportStatus),
  ],
);

export type ImportJob = typeof importJobs.$inferSelect;

export interface ImportItemPlan {
  programId?: string;
  refCode?: string;
  couponCode?: string | null;
  enrollmentId?: string;
}

/**
 * One record read from the source, as our normalized shape: the dry run's verdict and the run's
 * result are written on it, so it is also the job's report, and a resumed run skips what is done.
 */
export const importItems = affiliate.table(
  'import_items',
  {
    /** UUIDv7 primary key; the report's order. */
    id: id(),
    /** Its job. */
    jobId: uuid()
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    /** The job's advertiser, copied for tenant-scoped reads. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** affiliate, customer, balance (an unpaid commission) or payment (a paid one). */
    kind: text({ enum: ImportItemKind }).notNull(),
    /** The source's id of the record. */
    externalId: text().notNull(),
    /** The record, normalized (workers/domain/import-records.ts). */
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    /** The dry run's verdict: create, skip or conflict; NULL until planned. */
    outcome: text({ enum: ImportOutcome }),
    /** What the verdict settled: the program, the ref code and coupon kept, the enrollment it goes to. */
    plan: jsonb().$type<ImportItemPlan>().notNull().default({}),
    /** Why it is skipped or conflicts, or what was left out (a code machine-readable in the report). */
    reason: text(),
    /** When the run wrote it (or decided to leave it); NULL while pending. */
    appliedAt: timestamptz(),
    /** The row it became: the enrollment, referred customer, commission line or imported payment. */
    resultId: uuid(),
    ...timestamps,
  },
  (t) => [
    unique('import_items_job_id_kind_external_id_unique').on(t.jobId, t.kind, t.externalId),
    index('import_items_organization_id_idx').on(t.organizationId),
    index('import_items_result_id_idx').on(t.resultId),
    checkIn('import_items_kind_check', t.kind, ImportItemKind),
    checkIn('import_items_outcome_check', t.outcome, ImportOutcome),
  ],
);

export type ImportItem = typeof importItems.$inferSelect;

/**
 * A commission the other product already paid, kept for reporting only: it is no ledger line
 * (no payout of ours carried it), so balances and payouts never see it.
 */
export const importedPayments = affiliate.table(
  'imported_payments',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser who paid it. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The affiliate's enrollment it was earned in. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'restrict' }),
    /** The affiliate paid. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The product it came from. */
    source: text({ enum: ImportSource }).notNull(),
    /** The source's commission id; with the source, what keeps a rerun from importing it twice. */
    externalId: text().notNull(),
    /** Amount in minor units. */
    amountMinor: money(),
    /** ISO 4217 currency. */
    currency: currency(),
    /** When the source paid it. */
    paidAt: timestamptz().notNull(),
    /** What the source's customer paid, in minor units, when it says. */
    saleAmountMinor: bigint({ mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    unique('imported_payments_organization_id_source_external_id_unique').on(t.organizationId, t.source, t.externalId),
    index('imported_payments_enrollment_id_idx').on(t.enrollmentId),
    index('imported_payments_affiliate_id_idx').on(t.affiliateId),
    checkIn('imported_payments_source_check', t.source, ImportSource),
    check('imported_payments_amount_minor_check', sql`${t.amountMinor} >= 0`),
  ],
);

export type ImportedPayment = typeof importedPayments.$inferSelect;
