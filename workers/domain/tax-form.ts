import type { TaxClassification, TaxFormKind } from '../../schema/enums';
import { foreignTinProblem, usTinProblem } from './tax-id';

export interface TaxFormSubmission {
  kind: TaxFormKind;
  legalName: string;
  businessName?: string | null | undefined;
  taxClassification?: TaxClassification | null | undefined;
  country: string;
  addressLine: string;
  city: string;
  region?: string | undefined;
  postalCode: string;
  tinType: 'ssn' | 'ein' | 'itin' | 'foreign';
  tin: string;
  treatyCountry?: string | null | undefined;
  treatyRateBps?: number | null | undefined;
  signatureName: string;
  /** The signer confirms the perjury statement of the form. */
  certified: boolean;
}

export interface TaxFormIssue {
  field: keyof TaxFormSubmission;
  problem: string;
}

const collapse = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What is wrong with a form before it is signed, field by field (empty: none). A W-9 is for US persons
 * with a US TIN and a tax classification; a W-8BEN is an individual's (SSN/ITIN never, a foreign TIN),
 * a W-8BEN-E an entity's; a treaty claim names a country and a rate together. The typed signature must
 * be the name on the form, as the IRS's e-signature guidance asks the signer to be identified.
 */
export function taxFormIssues(f: TaxFormSubmission): TaxFormIssue[] {
  const issues: TaxFormIssue[] = [];
  if (f.kind === 'w9') {
    if (f.country !== 'US') issues.push({ field: 'country', problem: 'a W-9 is for US persons' });
    if (!f.taxClassification) issues.push({ field: 'taxClassification', problem: 'choose a tax classification' });
    if (f.tinType === 'foreign') issues.push({ field: 'tinType', problem: 'a W-9 takes an SSN, ITIN or EIN' });
    else {
      const problem = usTinProblem(f.tinType, f.tin);
      if (problem) issues.push({ field: 'tin', problem });
    }
    if (f.taxClassification === 'individual' && f.tinType === 'ein' && !f.businessName)
      issues.push({ field: 'businessName', problem: 'an individual with an EIN gives the business name' });
    if (f.treatyCountry || f.treatyRateBps != null)
      issues.push({ field: 'treatyCountry', problem: 'treaty benefits are claimed on a W-8 only' });
  } else {
    if (f.country === 'US') issues.push({ field: 'country', problem: 'US persons give a W-9' });
    if (f.taxClassification) issues.push({ field: 'taxClassification', problem: 'the classification is a W-9 field' });
    if (f.tinType !== 'foreign') issues.push({ field: 'tinType', problem: 'a W-8 takes the foreign TIN' });
    else {
      const problem = foreignTinProblem(f.tin);
      if (problem) issues.push({ field: 'tin', problem });
    }
    if (f.kind === 'w8bene' && !f.businessName)
      issues.push({ field: 'businessName', problem: 'a W-8BEN-E names the entity' });
    if ((f.treatyCountry == null) !== (f.treatyRateBps == null))
      issues.push({ field: 'treatyRateBps', problem: 'a treaty claim needs both the country and the rate' });
    if (f.treatyCountry && f.treatyCountry === 'US')
      issues.push({ field: 'treatyCountry', problem: 'the treaty country is the one you reside in' });
  }
  if (!f.certified) issues.push({ field: 'certified', problem: 'confirm the certification to sign' });
  const signedAs = collapse(f.signatureName);
  if (signedAs !== collapse(f.legalName) && signedAs !== collapse(f.businessName ?? ''))
    issues.push({ field: 'signatureName', problem: 'type the name on the form as your signature' });
  return issues;
}
