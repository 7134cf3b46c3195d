import { describe, expect, it } from 'vitest';
import { type TaxFormSubmission, taxFormIssues } from './tax-form';

const w9: TaxFormSubmission = {
  kind: 'w9',
  legalName: 'Jane Doe',
  taxClassification: 'individual',
  country: 'US',
  addressLine: '1 Main St',
  city: 'Austin',
  region: 'TX',
  postalCode: '78701',
  tinType: 'ssn',
  tin: '123-45-6789',
  signatureName: ' jane  DOE ',
  certified: true,
};
const w8: TaxFormSubmission = {
  kind: 'w8ben',
  legalName: 'Иван Петров',
  country: 'DE',
  addressLine: 'Hauptstr. 1',
  city: 'Berlin',
  postalCode: '10115',
  tinType: 'foreign',
  tin: '12 345 678 901',
  treatyCountry: 'DE',
  treatyRateBps: 0,
  signatureName: 'Иван Петров',
  certified: true,
};
const fields = (f: TaxFormSubmission) => taxFormIssues(f).map((i) => i.field);

describe('taxFormIssues', () => {
  it('accepts a complete W-9 and W-8BEN (signature matched without case or spacing)', () => {
    expect(taxFormIssues(w9)).toEqual([]);
    expect(taxFormIssues(w8)).toEqual([]);
  });
  it.each([
    ['W-9 outside the US', { ...w9, country: 'CA' }, ['country']],
    ['W-9 without classification', { ...w9, taxClassification: null }, ['taxClassification']],
    ['W-9 with a bad SSN', { ...w9, tin: '666-12-3456' }, ['tin']],
    ['W-9 with a foreign TIN', { ...w9, tinType: 'foreign' as const }, ['tinType']],
    ['W-9 claiming a treaty', { ...w9, treatyCountry: 'DE' }, ['treatyCountry']],
    ['W-8 of a US person', { ...w8, country: 'US', treatyCountry: null, treatyRateBps: null }, ['country']],
    ['W-8 with an SSN', { ...w8, tinType: 'ssn' as const }, ['tinType']],
    ['W-8 treaty without rate', { ...w8, treatyRateBps: null }, ['treatyRateBps']],
    ['W-8BEN-E without the entity', { ...w8, kind: 'w8bene' as const }, ['businessName']],
    ['unsigned', { ...w9, certified: false }, ['certified']],
    ['signed by someone else', { ...w9, signatureName: 'John Roe' }, ['signatureName']],
  ])('%s', (_label, form, expected) => {
    expect(fields(form)).toEqual(expected);
  });
});
