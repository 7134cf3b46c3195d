import type { ImportCsvFormat } from '../../../schema/enums';
import { csvRecords } from '../csv-parse';
import { majorToMinor, splitName } from '../import-records';
import { type ExportFormat, type ExportOptions, parseExportFiles } from './export-format';
import { firstpromoterCsv } from './firstpromoter-csv';
import { partnerstackCsv } from './partnerstack-csv';
import { rewardfulCsv } from './rewardful-csv';
import { type ParsedRow, parsedRow as row } from './rows';
import { toltCsv } from './tolt-csv';

/** Our documented CSV files (docs/importing.md "CSV"): affiliates required, the others optional. */
export interface CsvFiles {
  affiliates: string;
  customers?: string | undefined;
  commissions?: string | undefined;
}

const STATUSES = new Set(['active', 'pending', 'suspended', 'terminated']);
const list = (cell: string | undefined) => (cell ?? '').split(/[\s;]+/).filter(Boolean);
const orNull = (cell: string | undefined) => (cell ? cell : null);
const isoOrNull = (cell: string | undefined) => {
  if (!cell) return null;
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(cell) ? `${cell}T00:00:00Z` : cell);
  return Number.isNaN(at.getTime()) ? cell : at.toISOString();
};

/** The other products' exports, each read by its own column mapping. */
const EXPORTS: Record<Exclude<ImportCsvFormat, 'ours'>, ExportFormat> = {
  rewardful: rewardfulCsv,
  firstpromoter: firstpromoterCsv,
  tolt: toltCsv,
  partnerstack: partnerstackCsv,
};

/**
 * The records of a csv import's files: our format, or a product's exports (`format`), whose amounts
 * are in the program's currency unless the file names one and whose codes may come from links
 * carrying the source's parameter (`options`).
 */
export function parseCsvFiles(files: CsvFiles, format: ImportCsvFormat, options: ExportOptions): ParsedRow[] {
  return format === 'ours' ? parseOurFiles(files) : parseExportFiles(EXPORTS[format], files, options);
}

function parseOurFiles(files: CsvFiles): ParsedRow[] {
  const out: ParsedRow[] = [];
  csvRecords(files.affiliates).forEach((r, i) => {
    const id = r.id || r.email || `row-${i + 2}`;
    const names =
      r.first_name || r.last_name
        ? { firstName: orNull(r.first_name), lastName: orNull(r.last_name) }
        : splitName(r.name);
    out.push(
      row('affiliate', id, {
        externalId: id,
        email: (r.email ?? '').toLowerCase(),
        ...names,
        paypalEmail: orNull(r.paypal_email?.toLowerCase()),
        status: STATUSES.has(r.status || 'active') ? r.status || 'active' : r.status,
        refCodes: list(r.referral_code),
        couponCodes: list(r.coupon_codes ?? r.coupon_code),
        campaignId: orNull(r.campaign),
        locale: r.locale === 'ru' || r.locale === 'en' ? r.locale : null,
      }),
    );
  });
  csvRecords(files.customers ?? '').forEach((r, i) => {
    const id = r.id || r.customer_id || `row-${i + 2}`;
    out.push(
      row('customer', id, {
        externalId: id,
        affiliateExternalId: r.affiliate_id,
        customerId: r.customer_id,
        attributedAt: isoOrNull(r.referred_at) ?? new Date(0).toISOString(),
      }),
    );
  });
  csvRecords(files.commissions ?? '').forEach((r, i) => {
    const id = r.id || `row-${i + 2}`;
    const currency = (r.currency ?? '').toUpperCase();
    const paid = r.status === 'paid';
    out.push(
      row(paid ? 'payment' : 'balance', id, {
        externalId: id,
        affiliateExternalId: r.affiliate_id,
        amountMinor: /^[A-Z]{3}$/.test(currency) ? majorToMinor(r.amount, currency) : null,
        currency,
        dueAt: isoOrNull(r.due_at),
        paidAt: paid ? isoOrNull(r.paid_at) : null,
        saleAmountMinor: r.sale_amount && /^[A-Z]{3}$/.test(currency) ? majorToMinor(r.sale_amount, currency) : null,
      }),
    );
  });
  return out;
}
