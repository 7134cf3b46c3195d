import { describe, expect, test } from 'vitest';
import { stripeNeeds } from '../../dashboard/src/lib/stripe-requirements';

describe('Stripe requirements in words', () => {
  test('a fresh Express account: four needs, no code', () => {
    expect(stripeNeeds(['business_type', 'external_account', 'individual.dob.day', 'tos_acceptance.date'])).toEqual([
      'businessType',
      'bankAccount',
      'dateOfBirth',
      'terms',
    ]);
  });

  test('one need per thing, however many fields Stripe lists; unknown names last, once', () => {
    expect(
      stripeNeeds([
        'individual.dob.day',
        'individual.dob.month',
        'individual.dob.year',
        'individual.address.line1',
        'individual.address.postal_code',
        'individual.verification.document',
        'individual.first_name',
        'individual.id_number',
        'settings.payments.statement_descriptor',
        'tos_acceptance.ip',
        'something.new',
        'business_profile.url',
      ]),
    ).toEqual(['dateOfBirth', 'address', 'idDocument', 'name', 'idNumber', 'terms', 'business', 'other']);
    expect(stripeNeeds([])).toEqual([]);
  });
});
