/** The body of a signed W-9 (POST …/tax/forms) for a US individual, in `name`: what the tax and render tests sign. */
export const signedW9 = (name = 'Jane Doe') => ({
  kind: 'w9',
  legalName: name,
  taxClassification: 'individual',
  country: 'US',
  addressLine: '1 Main St',
  city: 'Austin',
  region: 'TX',
  postalCode: '78701',
  tinType: 'ssn',
  tin: '123-45-6789',
  signatureName: name,
  certified: true,
});
