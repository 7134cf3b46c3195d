import { z } from '@hono/zod-openapi';
import { ImportCsvFormat, ImportSource, ImportStatus } from '../../../schema/enums';
import { REFERRAL_PARAM_PATTERN } from '../../contracts/referral-params';
import type { ImportJobView } from '../../services/imports';
import { idParam, isoOrNull, iso, orgParams, timestamp } from '../shared/schemas';

const csvText = z.string().max(1_500_000);

export const createImportBody = z
  .object({
    source: z.enum(ImportSource),
    token: z
      .string()
      .trim()
      .min(8)
      .max(500)
      .optional()
      .describe(
        "The source's API key or secret (API sources); FirstPromoter's ACCOUNT_ID:API_KEY, PartnerStack's PUBLIC_KEY:SECRET_KEY",
      ),
    files: z
      .object({
        affiliates: csvText.min(1),
        customers: csvText.optional(),
        commissions: csvText.optional(),
      })
      .strict()
      .optional()
      .describe(
        'The CSV files, for source csv: our format, or the product exports named by format (docs/importing.md)',
      ),
    format: z
      .enum(ImportCsvFormat)
      .optional()
      .describe(
        'For source csv: how the files are laid out, ours (default) or the CSV exports of Rewardful, FirstPromoter, Tolt or PartnerStack',
      ),
    programId: z.uuid().describe('The program records go to unless their campaign is mapped'),
    campaignPrograms: z
      .record(z.string().min(1).max(200), z.uuid())
      .refine((m) => Object.keys(m).length <= 100, 'at most 100 campaigns')
      .optional()
      .describe("The source's campaign id → our program id"),
    sendWelcome: z.boolean().optional().describe('Mail new affiliates a welcome with a link to set their password'),
    referralParam: z
      .string()
      .regex(REFERRAL_PARAM_PATTERN)
      .max(40)
      .optional()
      .describe(
        "Tolt's link parameter (its program setting, ref by default), also for Tolt's exports; our CSV's. Fixed for the others",
      ),
    sourceKey: z
      .string()
      .regex(/^[A-Za-z0-9._-]+$/)
      .min(1)
      .max(64)
      .optional()
      .describe(
        'For our CSV format: names the ledger the commission ids belong to. Opening balances and paid history are keyed by it, so the same key again (a corrected file) books nothing twice and another key never clashes. Default: a fingerprint of the commissions file',
      ),
  })
  .strict()
  .openapi('CreateImport');

const counts = z.record(z.string(), z.record(z.string(), z.int()));

export const importJob = z
  .object({
    id: z.uuid(),
    source: z.enum(ImportSource),
    status: z.enum(ImportStatus),
    options: z.object({
      programId: z.uuid(),
      campaignPrograms: z.record(z.string(), z.uuid()),
      sendWelcome: z.boolean(),
      referralParam: z.string(),
      format: z.enum(ImportCsvFormat).optional().describe("A csv import's layout"),
      sourceKey: z
        .string()
        .optional()
        .describe(
          'Our CSV format: the key its commission ids are booked under (give it again to continue this ledger)',
        ),
    }),
    summary: counts.describe(
      'Per kind (affiliate, customer, balance, payment): total, done, each outcome (undecided until judged) and `<outcome>:<reason code>` for the reasons behind them',
    ),
    notBefore: timestamp
      .nullable()
      .describe('The next step waits until then (the source asked us to wait, or a retry)'),
    lastError: z.string().nullable(),
    runRequestedAt: timestamp.nullable(),
    finishedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .openapi('ImportJob');

export const importJobList = z.object({ items: z.array(importJob) }).openapi('ImportJobList');

export const importParams = orgParams.extend({ importId: idParam('importId') });

export const importJobJson = (j: ImportJobView) => ({
  ...j,
  notBefore: isoOrNull(j.notBefore),
  runRequestedAt: isoOrNull(j.runRequestedAt),
  finishedAt: isoOrNull(j.finishedAt),
  createdAt: iso(j.createdAt),
});
