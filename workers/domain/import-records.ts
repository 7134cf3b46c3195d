import { z } from 'zod';
import type { ImportItemKind } from '../../schema/enums';
import { currencyDecimals } from './format-minor-units';
import { parseMajorUnits } from './major-units';

/**
 * The shape every source is read into before the dry run: one record per affiliate, referred
 * customer, unpaid commission (an opening balance) and paid commission (history). Amounts are
 * integer minor units, currencies upper-case ISO codes, times ISO strings.
 */
export const importAffiliate = z.object({
  externalId: z.string().min(1).max(200),
  email: z.email().max(254),
  firstName: z.string().max(100).nullable(),
  lastName: z.string().max(100).nullable(),
  paypalEmail: z.email().max(254).nullable(),
  /** Our enrollment status the source's state maps to. */
  status: z.enum(['active', 'pending', 'suspended', 'terminated']),
  /** The source's referral codes (link tokens), the one to keep first. */
  refCodes: z.array(z.string().max(200)).max(50),
  couponCodes: z.array(z.string().max(200)).max(50),
  /** The source's campaign, for the mapping to our programs; NULL when the source has none. */
  campaignId: z.string().max(200).nullable(),
  locale: z.enum(['en', 'ru']).nullable(),
});
export type ImportAffiliate = z.infer<typeof importAffiliate>;

export const importCustomer = z.object({
  externalId: z.string().min(1).max(200),
  affiliateExternalId: z.string().min(1).max(200),
  /** The billing system's customer id (Stripe's cus_…, Paddle's ctm_…), which our events carry. */
  customerId: z.string().min(1).max(200),
  attributedAt: z.iso.datetime({ offset: true }),
});
export type ImportCustomer = z.infer<typeof importCustomer>;

export const importCommission = z.object({
  externalId: z.string().min(1).max(200),
  affiliateExternalId: z.string().min(1).max(200),
  amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Unpaid: when it falls due (our hold ends then); paid: when it was paid. */
  dueAt: z.iso.datetime({ offset: true }).nullable(),
  paidAt: z.iso.datetime({ offset: true }).nullable(),
  saleAmountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
});
export type ImportCommission = z.infer<typeof importCommission>;

/** One record as the fetch stage stores it. */
export type ImportRecord =
  | { kind: 'affiliate'; externalId: string; data: ImportAffiliate }
  | { kind: 'customer'; externalId: string; data: ImportCustomer }
  | { kind: 'balance' | 'payment'; externalId: string; data: ImportCommission };

export const RECORD_SCHEMAS: Record<ImportItemKind, z.ZodType> = {
  affiliate: importAffiliate,
  customer: importCustomer,
  balance: importCommission,
  payment: importCommission,
};

/** A record built from a source's object; a malformed one becomes a conflict of the dry run, not a crash. */
export function checkedRecord(kind: ImportItemKind, externalId: string, data: unknown): ImportRecord | string {
  const parsed = RECORD_SCHEMAS[kind].safeParse(data);
  if (!parsed.success) return `invalid_record: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`;
  if (kind === 'payment' && !(parsed.data as ImportCommission).paidAt) return 'invalid_record: paidAt';
  return { kind, externalId, data: parsed.data } as ImportRecord;
}

/**
 * An amount a source gives in major units (`14.7`, `"14.70"`) as minor units of its currency, read
 * digit by digit (parseMajorUnits); NULL when it is no plain amount, which the record check refuses.
 */
export function majorToMinor(amount: number | string | null | undefined, currency: string): number | null {
  if (amount === null || amount === undefined) return null;
  const parsed = parseMajorUnits(String(amount), currencyDecimals(currency));
  return parsed.ok ? parsed.minor : null;
}

/** A name split in two, for sources that give one field. */
export function splitName(name: string | null | undefined): { firstName: string | null; lastName: string | null } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: null, lastName: null };
  return { firstName: parts[0]!, lastName: parts.slice(1).join(' ') || null };
}
