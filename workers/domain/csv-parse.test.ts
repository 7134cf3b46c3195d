import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it.each([
    [
      'plain',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'LF endings and no final newline',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma, quote and newline', 'a,"b, ""c""\nd"\n', [['a', 'b, "c"\nd']]],
    ['empty fields', ',x,\n', [['', 'x', '']]],
    ['blank lines skipped', 'a\n\n\nb\n', [['a'], ['b']]],
    ['byte-order mark dropped', '\ufeffemail\nx@y.z\n', [['email'], ['x@y.z']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('refuses a quote left open', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(RangeError);
  });

  it('keys rows by the trimmed, lower-cased header; missing cells are empty', () => {
    expect(csvRecords(' Email ,Name\nx@y.z\n')).toEqual([{ email: 'x@y.z', name: '' }]);
  });
});
