/**
 * What Stripe still needs from an affiliate, in words: Stripe's requirement names (`individual.dob.day`,
 * `external_account`, …) grouped into the few things a person recognises, once each, in the order Stripe
 * listed them. A name not known here reads as "other details on Stripe's form" rather than as code.
 */
export type StripeNeed =
  | 'businessType'
  | 'bankAccount'
  | 'name'
  | 'dateOfBirth'
  | 'address'
  | 'email'
  | 'phone'
  | 'idNumber'
  | 'idDocument'
  | 'terms'
  | 'business'
  | 'company'
  | 'people'
  | 'other';

const PERSON = /^(individual|representative)\./;

function needOf(requirement: string): StripeNeed {
  if (requirement === 'business_type') return 'businessType';
  if (requirement === 'external_account' || requirement.startsWith('external_account.')) return 'bankAccount';
  if (requirement.startsWith('tos_acceptance.')) return 'terms';
  if (requirement.startsWith('business_profile.')) return 'business';
  if (requirement.startsWith('company.')) return 'company';
  if (/^(owners|directors|executives|person_)/.test(requirement)) return 'people';
  if (PERSON.test(requirement)) {
    const field = requirement.replace(PERSON, '');
    if (/^(first_name|last_name|full_name_aliases)/.test(field)) return 'name';
    if (field.startsWith('dob.')) return 'dateOfBirth';
    if (field.startsWith('address.')) return 'address';
    if (field === 'email') return 'email';
    if (field === 'phone') return 'phone';
    if (/^(id_number|ssn_last_4)/.test(field)) return 'idNumber';
    if (field.startsWith('verification.')) return 'idDocument';
  }
  return 'other';
}

/** The needs behind Stripe's requirement names, each once, "other" last. */
export function stripeNeeds(requirements: readonly string[]): StripeNeed[] {
  const needs = [...new Set(requirements.map(needOf))];
  return [...needs.filter((n) => n !== 'other'), ...needs.filter((n) => n === 'other')];
}
