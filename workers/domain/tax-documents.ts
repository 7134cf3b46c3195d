import type { TaxClassification, TaxFormKind } from '../../schema/enums';
import { formatMinorUnits } from './format-minor-units';
import type { PdfDocumentSpec } from './pdf-document';
import type { SelfBillingVat } from './self-billing-vat';
import { maskedTin } from './tax-id';

const FORM_TITLES: Record<TaxFormKind, string> = {
  w9: 'Form W-9 — Request for Taxpayer Identification Number and Certification',
  w8ben: 'Form W-8BEN — Certificate of Foreign Status of Beneficial Owner (Individuals)',
  w8bene: 'Form W-8BEN-E — Certificate of Status of Beneficial Owner (Entities)',
};

const CLASSIFICATIONS: Record<TaxClassification, string> = {
  individual: 'Individual/sole proprietor',
  c_corporation: 'C corporation',
  s_corporation: 'S corporation',
  partnership: 'Partnership',
  trust_estate: 'Trust/estate',
  llc_c: 'LLC taxed as a C corporation',
  llc_s: 'LLC taxed as an S corporation',
  llc_p: 'LLC taxed as a partnership',
  other: 'Other',
};

const CERTIFICATIONS: Record<TaxFormKind, string> = {
  w9: 'Under penalties of perjury, I certify that: (1) the number shown on this form is my correct taxpayer identification number; (2) I am not subject to backup withholding; (3) I am a U.S. citizen or other U.S. person; and (4) the FATCA code(s) entered on this form (if any) indicating that I am exempt from FATCA reporting is correct.',
  w8ben:
    'Under penalties of perjury, I declare that I have examined the information on this form and to the best of my knowledge and belief it is true, correct, and complete. I am the individual that is the beneficial owner of the income to which this form relates, and I am not a U.S. person.',
  w8bene:
    'Under penalties of perjury, I declare that I have examined the information on this form and to the best of my knowledge and belief it is true, correct, and complete. The entity identified on this form is the beneficial owner of the income to which this form relates and is not a U.S. person.',
};

/** ISO date of an instant, in UTC (documents are dated the same wherever they are opened). */
const day = (d: Date) => d.toISOString().slice(0, 10);
const percent = (bps: number) => `${Math.trunc(bps / 100)}.${String(bps % 100).padStart(2, '0')} %`;

export interface SignedFormData {
  kind: TaxFormKind;
  legalName: string;
  businessName: string | null;
  taxClassification: TaxClassification | null;
  country: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  tinType: 'ssn' | 'ein' | 'itin' | 'foreign';
  tinLast4: string;
  treatyCountry: string | null;
  treatyRateBps: number | null;
  signatureName: string;
  signedAt: Date;
  signedIp: string;
  /** Who it was given to: an advertiser's name, or null for every advertiser that accepts shared forms. */
  givenTo: string | null;
}

/**
 * The signed form as a document: its data as the affiliate gave it, the TIN masked to its last four
 * (the full number is never printed: the PDF is downloaded and stored outside our encryption), the
 * certification text and the typed signature with its date and IP.
 */
export function signedFormDocument(f: SignedFormData): PdfDocumentSpec {
  const rows = [
    { label: f.kind === 'w9' ? 'Name (line 1)' : 'Name', value: f.legalName },
    ...(f.businessName
      ? [{ label: f.kind === 'w9' ? 'Business name (line 2)' : 'Entity', value: f.businessName }]
      : []),
    ...(f.taxClassification
      ? [{ label: 'Federal tax classification', value: CLASSIFICATIONS[f.taxClassification] }]
      : []),
    { label: 'Address', value: `${f.addressLine}\n${[f.city, f.region, f.postalCode].filter(Boolean).join(', ')}` },
    { label: 'Country', value: f.country },
    {
      label: f.tinType === 'foreign' ? 'Foreign TIN' : f.tinType.toUpperCase(),
      value: maskedTin(f.tinType, f.tinLast4),
    },
  ];
  const treaty =
    f.treatyCountry && f.treatyRateBps !== null
      ? [
          { kind: 'heading' as const, text: 'Claim of tax treaty benefits' },
          {
            kind: 'rows' as const,
            rows: [
              { label: 'Resident of', value: f.treatyCountry },
              { label: 'Rate of withholding', value: percent(f.treatyRateBps) },
            ],
          },
        ]
      : [];
  return {
    title: FORM_TITLES[f.kind],
    subtitle: f.givenTo ? `Given to ${f.givenTo}` : 'Given once for every advertiser that accepts shared forms',
    createdAt: f.signedAt,
    footer: 'Electronically signed through Affiliate Edge. The TIN is shown by its last four characters only.',
    blocks: [
      { kind: 'heading', text: 'Taxpayer' },
      { kind: 'rows', rows },
      ...treaty,
      { kind: 'heading', text: 'Certification' },
      { kind: 'paragraph', text: CERTIFICATIONS[f.kind] },
      {
        kind: 'rows',
        rows: [
          { label: 'Signature (typed)', value: f.signatureName },
          { label: 'Date', value: day(f.signedAt) },
          { label: 'Signed from IP', value: f.signedIp },
        ],
      },
    ],
  };
}

export interface Form1099Data {
  year: number;
  payer: { name: string; address: string; tinLast4: string | null };
  payee: { name: string; address: string; tinType: 'ssn' | 'ein' | 'itin'; tinLast4: string };
  /** Box 1, nonemployee compensation, in US cents. */
  amountMinor: number;
  /** The account number the payer gives the payee (our affiliate id), box "Account number". */
  accountNumber: string;
  issuedAt: Date;
}

/**
 * Copy B of Form 1099-NEC for the recipient. The payee's TIN is truncated to its last four, as the
 * IRS allows on payee statements (Treas. Reg. § 301.6109-4); federal withholding (box 4) is 0, since
 * the platform never withholds.
 */
export function form1099CopyBDocument(d: Form1099Data): PdfDocumentSpec {
  return {
    title: `Form 1099-NEC ${d.year} — Nonemployee Compensation`,
    subtitle: 'Copy B — For Recipient',
    createdAt: d.issuedAt,
    footer:
      'This is important tax information and is being furnished to the IRS. Copy B of Form 1099-NEC, generated by Affiliate Edge.',
    blocks: [
      { kind: 'heading', text: 'Payer' },
      {
        kind: 'rows',
        rows: [
          { label: 'Payer’s name and address', value: `${d.payer.name}\n${d.payer.address}` },
          { label: 'Payer’s TIN', value: d.payer.tinLast4 ? maskedTin('ein', d.payer.tinLast4) : '—' },
        ],
      },
      { kind: 'heading', text: 'Recipient' },
      {
        kind: 'rows',
        rows: [
          { label: 'Recipient’s name and address', value: `${d.payee.name}\n${d.payee.address}` },
          { label: 'Recipient’s TIN', value: maskedTin(d.payee.tinType, d.payee.tinLast4) },
          { label: 'Account number', value: d.accountNumber },
        ],
      },
      { kind: 'heading', text: 'Amounts' },
      {
        kind: 'rows',
        rows: [
          { label: '1 Nonemployee compensation', value: `$${formatMinorUnits(d.amountMinor, 'USD')}` },
          { label: '4 Federal income tax withheld', value: '$0.00' },
        ],
      },
      {
        kind: 'paragraph',
        text: 'Report the amount in box 1 on Schedule C (Form 1040) if you are self-employed; see the Instructions for Recipient on the IRS form.',
      },
    ],
  };
}

export interface InvoiceData {
  number: number;
  organizationSlug: string;
  issuedAt: Date;
  amountMinor: number;
  currency: string;
  supplier: { name: string; address: string; vatId: string };
  customer: { name: string; address: string; vatId: string | null };
  /** The invoice's VAT (selfBillingVat): same member state at its rate, reverse charge, or outside EU VAT. */
  vat: SelfBillingVat;
  payoutItemId: string;
  /** For a credit note: the number of the invoice it cancels, and why the payment was taken back. */
  credit?: { invoiceNumber: number; reason: string } | null;
}

const VAT_NOTES: Record<SelfBillingVat['treatment'], (rate: string, country: string) => string> = {
  domestic: (rate, country) =>
    `VAT charged at ${rate}, the standard rate of ${country}: supplier and customer are in the same member state, so the supplier accounts for the VAT shown. The total is the amount paid, VAT included.`,
  reverse_charge: () =>
    'Reverse charge: VAT to be accounted for by the customer (Article 196 of Council Directive 2006/112/EC).',
  outside_scope: () =>
    'No EU VAT is charged on this invoice: the customer is not established in an EU member state on record.',
};

/** The invoice number as printed: the advertiser's handle and the gap-free sequence, zero-padded. */
export const invoiceNumberText = (organizationSlug: string, number: number) =>
  `SB-${organizationSlug.toUpperCase()}-${String(number).padStart(6, '0')}`;

/**
 * A self-billing invoice: the customer (advertiser) issues it on the supplier's (affiliate's) behalf
 * under their self-billing agreement (Directive 2006/112/EC, art. 224). It says so; between parties of one
 * member state it charges VAT at that state's standard rate (net, VAT and total, the total being what was paid),
 * and across member states it carries the reverse-charge note instead. A credit note (`credit`) cancels an
 * invoice whose payment was taken back: same parties and amount, negative, naming the invoice.
 */
export function selfBillingInvoiceDocument(d: InvoiceData): PdfDocumentSpec {
  const number = invoiceNumberText(d.organizationSlug, d.number);
  // A credit note prints the amount it takes back as a negative, and names the invoice it cancels.
  const money = (minor: number) => `${d.credit ? '-' : ''}${formatMinorUnits(minor, d.currency)} ${d.currency}`;
  const amount = money(d.vat.totalMinor);
  const rate = d.vat.rateBps === null ? null : percent(d.vat.rateBps);
  const credit = d.credit
    ? { invoice: invoiceNumberText(d.organizationSlug, d.credit.invoiceNumber), reason: d.credit.reason }
    : null;
  const what = credit ? 'credit note' : 'invoice';
  return {
    title: `Self-billing ${what} ${number}`,
    subtitle: `Issued ${day(d.issuedAt)} by the customer on behalf of the supplier`,
    createdAt: d.issuedAt,
    footer: `Self-billing ${what} generated by Affiliate Edge under the parties’ self-billing agreement.`,
    blocks: [
      { kind: 'heading', text: 'Supplier' },
      {
        kind: 'rows',
        rows: [
          { label: 'Name', value: d.supplier.name },
          { label: 'Address', value: d.supplier.address },
          { label: 'VAT number', value: d.supplier.vatId },
        ],
      },
      { kind: 'heading', text: 'Customer' },
      {
        kind: 'rows',
        rows: [
          { label: 'Name', value: d.customer.name },
          { label: 'Address', value: d.customer.address || '—' },
          { label: 'VAT number', value: d.customer.vatId ?? '—' },
        ],
      },
      ...(credit
        ? [
            { kind: 'heading' as const, text: 'Credit' },
            {
              kind: 'rows' as const,
              rows: [
                { label: 'Cancels invoice', value: credit.invoice },
                { label: 'Reason', value: credit.reason },
              ],
            },
          ]
        : []),
      { kind: 'heading', text: 'Services' },
      {
        kind: 'table',
        columns: ['Description', 'Net', 'VAT', 'Total'],
        rows: [
          [
            `Affiliate commissions, payout ${d.payoutItemId.slice(0, 8)}`,
            money(d.vat.netMinor),
            rate ? `${money(d.vat.vatMinor)} (${rate})` : '—',
            amount,
          ],
        ],
        alignRight: [1, 2, 3],
      },
      {
        kind: 'rows',
        rows: [
          { label: credit ? 'Date of credit' : 'Date of supply', value: day(d.issuedAt) },
          { label: 'Net amount', value: money(d.vat.netMinor) },
          ...(rate ? [{ label: `VAT at ${rate} (${d.vat.country})`, value: money(d.vat.vatMinor) }] : []),
          { label: credit ? 'Total credited' : 'Total payable', value: amount },
        ],
      },
      { kind: 'paragraph', text: 'Self-billing.' },
      { kind: 'paragraph', text: VAT_NOTES[d.vat.treatment](rate ?? '', d.vat.country ?? '') },
    ],
  };
}
