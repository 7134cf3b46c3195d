// Bank details the local Wise server's account requirements (requirements.ts) accept, for tests and the ledger soak.

/** Bank details as the recipient route takes them. */
export interface SampleWiseAccount {
  currency: string;
  country: string;
  type: string;
  values: Record<string, string>;
}

/** Valid bank details of the local server's requirements: a US checking account, or a German IBAN. */
export const US_ACCOUNT: SampleWiseAccount = {
  currency: 'USD',
  country: 'US',
  type: 'aba',
  values: {
    accountHolderName: 'Jane Doe',
    legalType: 'PRIVATE',
    abartn: '026009593',
    accountNumber: '12345678',
    accountType: 'CHECKING',
    'address.country': 'US',
    'address.state': 'NY',
    'address.city': 'New York',
    'address.postCode': '10001',
    'address.firstLine': '1 Main Street',
  },
};
export const DE_ACCOUNT: SampleWiseAccount = {
  currency: 'EUR',
  country: 'DE',
  type: 'iban',
  values: {
    accountHolderName: 'Max Mustermann',
    legalType: 'PRIVATE',
    IBAN: 'DE89370400440532013000',
    'address.country': 'DE',
    'address.city': 'Berlin',
    'address.postCode': '10115',
    'address.firstLine': 'Hauptstrasse 1',
  },
};
