import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  test.each([
    { label: 'plain text', value: 'alice@example.com', expected: 'alice@example.com' },
    { label: 'empty for null', value: null, expected: '' },
    { label: 'a number as is', value: -125, expected: '-125' },
    { label: 'a comma is quoted', value: 'Smith, John', expected: '"Smith, John"' },
    { label: 'quotes are doubled', value: 'say "hi"', expected: '"say ""hi"""' },
    { label: 'a line break is quoted', value: 'a\nb', expected: '"a\nb"' },
    { label: '= starts a formula', value: '=HYPERLINK("http://x")', expected: '"\'=HYPERLINK(""http://x"")"' },
    { label: '+ starts a formula', value: '+1+1', expected: "'+1+1" },
    { label: '- starts a formula', value: '-2+3', expected: "'-2+3" },
    { label: '@ starts a formula', value: '@SUM(A1)', expected: "'@SUM(A1)" },
    { label: 'a tab start is guarded', value: '\t=1', expected: "'\t=1" },
    { label: 'a formula character later is fine', value: 'a=b', expected: 'a=b' },
  ])('$label', ({ value, expected }) => expect(csvCell(value)).toBe(expected));
});

describe('toCsv', () => {
  test('CRLF lines, header first, decimal amounts unguarded', () => {
    expect(
      toCsv(
        ['id', 'amount', 'note'],
        [
          ['1', { number: '-12.50' }, '=cmd'],
          ['2', { number: '1500' }, null],
        ],
      ),
    ).toBe("id,amount,note\r\n1,-12.50,'=cmd\r\n2,1500,\r\n");
  });

  test('a non-decimal passed as a number is refused', () => {
    expect(() => toCsv(['a'], [[{ number: '=1' }]])).toThrow(RangeError);
  });
});
