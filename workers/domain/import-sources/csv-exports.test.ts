// The four products' CSV exports read into our records. None of Rewardful, FirstPromoter, Tolt or
// PartnerStack documents its export's columns: the fixtures (test/import-exports.ts) use the labels
// each UI shows and its API's field names, which is what the readers accept.
import { describe, expect, it } from 'vitest';
import { EXPORT_FIXTURES } from '../../../test/import-exports';
import type { ImportRecord } from '../import-records';
import { parseCsvFiles } from './csv-format';
import { codeFromLink, columnKey, exportAmount, exportTime } from './export-cells';
import type { ParsedRow } from './rows';

const T = 'x7';
const FORMATS = Object.keys(EXPORT_FIXTURES) as (keyof typeof EXPORT_FIXTURES)[];

function read(format: (typeof FORMATS)[number]) {
  const fixture = EXPORT_FIXTURES[format](T);
  return {
    fixture,
    rows: parseCsvFiles(fixture, format, { referralParam: fixture.referralParam ?? 'ref', currency: 'USD' }),
  };
}
const valid = (rows: ParsedRow[]) => rows.filter((r): r is ImportRecord => !('invalid' in r));
const of = <K extends ImportRecord['kind']>(rows: ParsedRow[], kind: K) =>
  valid(rows).filter((r): r is ImportRecord & { kind: K } => r.kind === kind);

describe.each(FORMATS)('%s exports', (format) => {
  const { fixture, rows } = read(format);
  const want = fixture.expect;

  it('reads every record it should and leaves out the rest', () => {
    expect(rows.filter((r) => 'invalid' in r)).toEqual([]);
    const counts = { affiliate: 0, customer: 0, balance: 0, payment: 0 };
    for (const r of rows) counts[r.kind]++;
    expect(counts).toEqual(want.counts);
  });

  it('keeps the code the old links carry, the coupon and the email', () => {
    const affiliate = of(rows, 'affiliate').find((a) => a.data.email === want.email)!;
    expect(affiliate.data.refCodes[0]).toBe(want.refCode);
    expect(affiliate.data.couponCodes.map((c) => c.toUpperCase())).toEqual(want.coupon ? [want.coupon] : []);
    expect(affiliate.data.status).toBe('active');
  });

  it('ties customers and commissions to that affiliate, amounts in exact minor units', () => {
    const owner = of(rows, 'affiliate').find((a) => a.data.email === want.email)!.externalId;
    const [customer] = of(rows, 'customer');
    expect(customer!.data).toMatchObject({ affiliateExternalId: owner, customerId: want.customerId });
    const [balance] = of(rows, 'balance');
    expect(balance!.data).toMatchObject({
      externalId: want.balance.id,
      affiliateExternalId: owner,
      amountMinor: want.balance.minor,
      currency: 'USD',
      dueAt: want.balance.dueAt,
    });
    const [payment] = of(rows, 'payment');
    expect(payment!.data).toMatchObject({
      externalId: want.payment.id,
      affiliateExternalId: owner,
      amountMinor: want.payment.minor,
      saleAmountMinor: want.payment.saleMinor,
    });
    expect(payment!.data.paidAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('statuses per product', () => {
  const statusOf = (format: (typeof FORMATS)[number], email: string) =>
    of(read(format).rows, 'affiliate').find((a) => a.data.email === email)?.data.status;
  it.each([
    ['rewardful', `bob-${T}@example.com`, 'suspended'],
    ['firstpromoter', `dina-${T}@example.com`, 'pending'],
    ['firstpromoter', `eve-${T}@example.com`, 'terminated'],
    ['tolt', `gus-${T}@example.com`, 'suspended'],
    ['partnerstack', `ida-${T}@example.com`, 'active'],
  ] as const)('%s: %s is %s', (format, email, status) => {
    expect(statusOf(format, email)).toBe(status);
  });

  it('a status the product does not have is refused, not guessed', () => {
    const rows = parseCsvFiles({ affiliates: 'id,email,status,token\n1,a@example.com,frozen,abc' }, 'rewardful', {
      referralParam: 'via',
      currency: 'USD',
    });
    expect(rows).toEqual([{ kind: 'affiliate', externalId: '1', invalid: 'invalid_record: status' }]);
  });

  it("every link's code is kept after the first (reported as extra codes by the dry run)", () => {
    const bob = of(read('rewardful').rows, 'affiliate').find((a) => a.data.email === `bob-${T}@example.com`)!;
    expect(bob.data.refCodes).toEqual([`bob${T}`, `bobby${T}`]);
  });

  it("PartnerStack's key comes back from a link's gspk when the key column is empty", () => {
    const ida = of(read('partnerstack').rows, 'affiliate').find((a) => a.data.email === `ida-${T}@example.com`)!;
    expect(ida).toMatchObject({ externalId: `ida${T}`, data: { refCodes: [`ida${T}`] } });
  });
});

describe('cells', () => {
  it.each([
    ['12.50', 'USD', 1250, 'USD'],
    ['$1,234.50', 'USD', 123450, 'USD'],
    ['0.29', 'USD', 29, 'USD'],
    ['1,000', 'JPY', 1000, 'JPY'],
    ['1.234', 'KWD', 1234, 'KWD'],
    ['12.345', 'USD', null, 'USD'],
    ['-5.00', 'USD', null, 'USD'],
    ['1,23', 'USD', null, 'USD'],
    ['1e3', 'USD', null, 'USD'],
    ['12.50 EUR', null, 1250, 'EUR'],
    ['€9.99', null, 999, 'EUR'],
    ['$9.99', null, null, null],
  ] as const)('amount %s (%s) → %s %s', (text, currency, minor, named) => {
    expect(exportAmount(text, currency)).toEqual({ minor, currency: named });
  });

  it.each([
    ['2025-06-01', '2025-06-01T00:00:00.000Z'],
    ['2025-06-01 10:00:00 UTC', '2025-06-01T10:00:00.000Z'],
    ['2025-06-01 10:00', '2025-06-01T10:00:00.000Z'],
    ['2025-06-01T10:00:00+02:00', '2025-06-01T08:00:00.000Z'],
    ['06/01/2025', '06/01/2025'],
    ['', null],
  ])('time %s → %s', (text, iso) => {
    expect(exportTime(text || null)).toBe(iso);
  });

  it.each([
    ['https://app.example/?via=ann', 'via', 'ann'],
    ['https://app.example/pricing?plan=pro&fpr=carl#top', 'fpr', 'carl'],
    ['https://app.example/?ref=ann', 'via', null],
    ['app.example', 'via', null],
  ])('link %s, %s → %s', (link, param, code) => {
    expect(codeFromLink(link, param)).toBe(code);
  });

  it.each([
    ['PayPal Email', 'paypal_email'],
    [' Stripe customer ID ', 'stripe_customer_id'],
    ['due_at', 'due_at'],
  ])('column %s → %s', (name, key) => {
    expect(columnKey(name)).toBe(key);
  });
});
