import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  form1099CopyBDocument,
  selfBillingInvoiceDocument,
  signedFormDocument,
} from '../../workers/domain/tax-documents';
import { selfBillingVat } from '../../workers/domain/self-billing-vat';
import { renderPdf } from '../../workers/services/pdf';

/** The PDF's text, one string per page, whitespace collapsed (extraction splits runs arbitrarily). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const signedAt = new Date('2026-03-04T05:06:07Z');

describe('generated PDFs', () => {
  it('a W-8BEN with a Cyrillic name: the data, the masked TIN, the signature, never the full TIN', async () => {
    const spec = signedFormDocument({
      kind: 'w8ben',
      legalName: 'Иван Петров',
      businessName: null,
      taxClassification: null,
      country: 'DE',
      addressLine: 'Hauptstraße 1',
      city: 'Berlin',
      region: '',
      postalCode: '10115',
      tinType: 'foreign',
      tinLast4: '8901',
      treatyCountry: 'DE',
      treatyRateBps: 0,
      signatureName: 'Иван Петров',
      signedAt,
      signedIp: '203.0.113.9',
      givenTo: 'Acme GmbH',
    });
    const bytes = await renderPdf(spec);
    const text = await pdfText(bytes);
    for (const part of [
      'Form W-8BEN',
      'Given to Acme GmbH',
      'Иван Петров',
      'Hauptstraße 1',
      'Berlin, 10115',
      '••••8901',
      'Resident of DE',
      '0.00 %',
      'Signature (typed) Иван Петров',
      'Date 2026-03-04',
      'Signed from IP 203.0.113.9',
    ])
      expect(text).toContain(part);
    // Rendered on demand, so the same data must give the same bytes.
    expect(Buffer.from(await renderPdf(spec)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('a 1099-NEC copy B and a self-billing invoice with the reverse-charge note', async () => {
    const nec = await pdfText(
      await renderPdf(
        form1099CopyBDocument({
          year: 2026,
          payer: { name: 'Acme Inc.', address: '5 Market St, San Francisco, CA 94105', tinLast4: '4321' },
          payee: { name: 'Jane Doe', address: '1 Main St, Austin, TX 78701', tinType: 'ssn', tinLast4: '6789' },
          amountMinor: 250_000,
          accountNumber: 'acct-1',
          issuedAt: signedAt,
        }),
      ),
    );
    for (const part of [
      'Form 1099-NEC 2026',
      'Copy B',
      'Acme Inc.',
      '••-•••4321',
      'Jane Doe',
      '•••-••-6789',
      '$2500.00',
    ])
      expect(nec).toContain(part);
    const invoice = await pdfText(
      await renderPdf(
        selfBillingInvoiceDocument({
          number: 7,
          organizationSlug: 'acme',
          issuedAt: signedAt,
          amountMinor: 12_345,
          currency: 'EUR',
          supplier: { name: 'Олег Сидоров', address: 'Rue 1, Paris', vatId: 'FR12345678901' },
          customer: { name: 'Acme GmbH', address: 'Hauptstr. 2, Berlin', vatId: 'DE123456789' },
          vat: selfBillingVat({
            supplierViesCode: 'FR',
            customerCountry: 'DE',
            totalMinor: 12_345,
            issuedAt: signedAt,
          }),
          payoutItemId: '0190aaaa-0000-7000-8000-000000000000',
        }),
      ),
    );
    for (const part of [
      'SB-ACME-000007',
      'Олег Сидоров',
      'FR12345678901',
      'DE123456789',
      '123.45 EUR',
      'Reverse charge',
    ])
      expect(invoice).toContain(part);
  });

  it('a self-billing invoice within one member state charges VAT at that state’s rate', async () => {
    const invoice = await pdfText(
      await renderPdf(
        selfBillingInvoiceDocument({
          number: 8,
          organizationSlug: 'acme',
          issuedAt: signedAt,
          amountMinor: 11_900,
          currency: 'EUR',
          supplier: { name: 'Jonas Weber', address: 'Alexanderplatz 1, Berlin', vatId: 'DE987654321' },
          customer: { name: 'Acme GmbH', address: 'Hauptstr. 2, Berlin', vatId: 'DE123456789' },
          vat: selfBillingVat({
            supplierViesCode: 'DE',
            customerCountry: 'DE',
            totalMinor: 11_900,
            issuedAt: signedAt,
          }),
          payoutItemId: '0190aaaa-0000-7000-8000-000000000000',
        }),
      ),
    );
    for (const part of [
      'Net amount 100.00 EUR',
      'VAT at 19.00 % (DE) 19.00 EUR',
      'Total payable 119.00 EUR',
      'VAT charged at 19.00 %',
    ])
      expect(invoice).toContain(part);
    expect(invoice).not.toContain('No VAT');
    expect(invoice).not.toContain('Reverse charge');
  });
});
