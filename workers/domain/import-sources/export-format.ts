import type { ImportAffiliate } from '../import-records';
import { type ParsedRow, parsedRow } from './rows';
import { cell, exportAmount, exportCents, type ExportRow, exportRows } from './export-cells';

/** How a row of a customers or commissions export names its affiliate: by the source's id, email or code. */
export interface AffiliateRef {
  id: string | null;
  email: string | null;
  code: string | null;
}

export interface ExportAffiliate {
  id: string | null;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  paypalEmail: string | null;
  /** Our status, or the source's word when it maps to none (the record check then refuses the row). */
  status: string;
  refCodes: string[];
  couponCodes: string[];
  campaign: string | null;
}

export interface ExportCustomer {
  id: string | null;
  affiliate: AffiliateRef;
  customerId: string;
  attributedAt: string | null;
}

export interface ExportCommission {
  id: string | null;
  affiliate: AffiliateRef;
  amountMinor: number | null;
  currency: string | null;
  paid: boolean;
  dueAt: string | null;
  paidAt: string | null;
  saleAmountMinor: number | null;
}

/** What a reader knows beyond the file: the link parameter (Tolt's is the advertiser's to name) and the program's currency. */
export interface ExportOptions {
  referralParam: string;
  currency: string;
}

/**
 * One product's CSV exports read into our records: each function maps one row of its file, or answers
 * NULL for a row that is not ours to import (a visitor who never became a customer, a voided
 * commission), which is left out as the API readers leave it out.
 */
export interface ExportFormat {
  affiliate(row: ExportRow, options: ExportOptions): ExportAffiliate;
  customer(row: ExportRow): ExportCustomer | null;
  commission(row: ExportRow, options: ExportOptions): ExportCommission | null;
}

export interface ExportFiles {
  affiliates: string;
  customers?: string | undefined;
  commissions?: string | undefined;
}

/**
 * An amount and its currency from the columns a product names them by: major units (`12.50`, as an
 * export shows them) or whole cents (a column its API names `…_cents`); the file's currency column,
 * else a code or symbol in the cell, else the program's currency.
 */
export function exportMoney(
  row: ExportRow,
  names: { major: string[]; cents?: string[]; currency: string[] },
  fallbackCurrency: string,
): { minor: number | null; currency: string | null } {
  const named = cell(row, ...names.currency)?.toUpperCase() ?? null;
  const cents = names.cents ? cell(row, ...names.cents) : null;
  if (cents !== null) return { minor: exportCents(cents), currency: named ?? fallbackCurrency };
  const major = cell(row, ...names.major);
  const read = exportAmount(major, named);
  return read.currency ? read : exportAmount(major, fallbackCurrency);
}

const lower = (value: string | null) => value?.trim().toLowerCase() ?? null;

/**
 * A product's three export files as the records the dry run judges. The affiliate a customer or
 * commission row names is found by the source's id, else the email, else the referral code, among the
 * affiliates file's rows, so an export that names affiliates only by email still links up.
 */
export function parseExportFiles(format: ExportFormat, files: ExportFiles, options: ExportOptions): ParsedRow[] {
  const out: ParsedRow[] = [];
  const ids = new Set<string>();
  const byEmail = new Map<string, string>();
  const byCode = new Map<string, string>();
  exportRows(files.affiliates).forEach((row, i) => {
    const a = format.affiliate(row, options);
    const email = lower(a.email) ?? '';
    const id = a.id ?? (email || `row-${i + 2}`);
    ids.add(id);
    if (email && !byEmail.has(email)) byEmail.set(email, id);
    for (const code of a.refCodes) if (!byCode.has(code.toLowerCase())) byCode.set(code.toLowerCase(), id);
    const record: ImportAffiliate | Record<string, unknown> = {
      externalId: id,
      email,
      firstName: a.firstName,
      lastName: a.lastName,
      paypalEmail: lower(a.paypalEmail),
      status: a.status,
      refCodes: a.refCodes,
      couponCodes: a.couponCodes,
      campaignId: a.campaign,
      locale: null,
    };
    out.push(parsedRow('affiliate', id, record));
  });
  const owner = (ref: AffiliateRef): string =>
    (ref.id && ids.has(ref.id) ? ref.id : null) ??
    (ref.email ? byEmail.get(ref.email.toLowerCase()) : undefined) ??
    (ref.code ? byCode.get(ref.code.toLowerCase()) : undefined) ??
    ref.id ??
    ref.email ??
    '';
  exportRows(files.customers).forEach((row) => {
    const c = format.customer(row);
    if (!c) return;
    const id = c.id ?? c.customerId;
    out.push(
      parsedRow('customer', id, {
        externalId: id,
        affiliateExternalId: owner(c.affiliate),
        customerId: c.customerId,
        attributedAt: c.attributedAt ?? new Date(0).toISOString(),
      }),
    );
  });
  exportRows(files.commissions).forEach((row, i) => {
    const c = format.commission(row, options);
    if (!c) return;
    const id = c.id ?? `row-${i + 2}`;
    out.push(
      parsedRow(c.paid ? 'payment' : 'balance', id, {
        externalId: id,
        affiliateExternalId: owner(c.affiliate),
        amountMinor: c.amountMinor,
        currency: c.currency ?? '',
        dueAt: c.dueAt,
        paidAt: c.paid ? c.paidAt : null,
        saleAmountMinor: c.saleAmountMinor,
      }),
    );
  });
  return out;
}
