// PartnerStack's `?gspk=` is the partner key Base64-encoded (docs.partnerstack.com/docs/advanced-usage);
// links in the wild come padded or not, and some tools write the URL-safe alphabet.
import { describe, expect, it } from 'vitest';
import { parseCsvFiles } from './import-sources/csv-format';
import { partnerstackPartnership } from './import-sources/partnerstack';
import { partnerKeyOfGspk } from './partnerstack-gspk';

describe('partnerKeyOfGspk', () => {
  it.each([
    ['amFuZWRvZQ==', 'janedoe', 'padded'],
    ['amFuZWRvZQ', 'janedoe', 'unpadded'],
    ['amFuZWRvZQ=', 'janedoe', 'half the padding'],
    ['c2Ft', 'sam', 'no padding needed'],
    [btoa('acme-partner_01'), 'acme-partner_01', 'a key with - and _'],
    // The same bytes: `+` and `/` in the standard alphabet, `-` and `_` in the URL-safe one.
    ['Pz4/', '?>?', 'standard alphabet'],
    ['Pz4_', '?>?', 'URL-safe alphabet'],
    ['fn5+fg==', '~~~~', 'standard, padded'],
    ['fn5-fg', '~~~~', 'URL-safe, unpadded'],
  ])('%s → %s (%s)', (value, key) => {
    expect(partnerKeyOfGspk(value)).toBe(key);
  });

  it.each([
    ['', 'empty'],
    ['amFuZWRvZ', 'a lone character past a whole group'],
    ['amFu=ZWRv', 'padding inside'],
    ['amFuZWRvZQ===', 'three padding characters'],
    ['not base64!', 'outside the alphabet'],
    ['amFu ZWRv', 'a space'],
    [btoa('two words'), 'decodes to text with a space'],
    [btoa('\u0000\u0001'), 'decodes to control characters'],
    ['/w==', 'decodes to a byte that is no ASCII text'],
    [btoa('k'.repeat(201)), 'decodes to more than a key holds'],
  ])('%s → null (%s)', (value) => {
    expect(partnerKeyOfGspk(value)).toBeNull();
  });
});

describe('one PartnerStack partner, imported either way', () => {
  it('gets the same ref code, its decoded partner key, from the API and from the CSV export', () => {
    const fromApi = partnerstackPartnership({ key: 'part_1', partner_key: 'janedoe', email: 'jane@example.com' });
    const csv = (keyColumn: string) =>
      parseCsvFiles(
        {
          affiliates: [
            'Partner key,Email,Referral link',
            `${keyColumn},jane@example.com,https://app.example/?gspk=amFuZWRvZQ%3D%3D&gsxid=x1`,
          ].join('\n'),
        },
        'partnerstack',
        { referralParam: 'gspk', currency: 'USD' },
      )[0];
    const codes = (row: unknown) => (row as { data: { refCodes: string[] } }).data.refCodes;
    expect(codes(fromApi)).toEqual(['janedoe']);
    expect(codes(csv('janedoe'))).toEqual(['janedoe']);
    // With the key column empty, the key comes back from the link's padded gspk.
    expect(codes(csv(''))).toEqual(['janedoe']);
  });
});
