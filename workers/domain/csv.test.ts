import { describe, expect, test } from 'vitest';
import { csvCell, csvStream, toCsv } from './csv';

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

describe('csvStream', () => {
  async function* rows(count: number, done: { ended: boolean }) {
    try {
      for (let i = 0; i < count; i++) yield [`row ${i}`, 'say "hi", then\nleave', '=1+1', { number: '-1.50' }] as const;
    } finally {
      done.ended = true;
    }
  }

  async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
    const decoder = new TextDecoder();
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += decoder.decode(chunk, { stream: true });
      chunks++;
    }
    return { text, chunks };
  }

  test('writes the same text as toCsv, header first, in several chunks for many rows', async () => {
    const done = { ended: false };
    const { text, chunks } = await read(csvStream(['a', 'b', 'c', 'd'], rows(2000, done), 4096));
    const all = [];
    for await (const r of rows(2000, { ended: false })) all.push(r);
    expect(text).toBe(toCsv(['a', 'b', 'c', 'd'], all));
    expect(text.startsWith('a,b,c,d\r\nrow 0,"say ""hi"", then\nleave",\'=1+1,-1.50\r\n')).toBe(true);
    expect(chunks).toBeGreaterThan(10);
    expect(done.ended).toBe(true);
  });

  test('an empty source gives the header line alone', async () => {
    expect((await read(csvStream(['only'], rows(0, { ended: false })))).text).toBe('only\r\n');
  });

  test('a reader that cancels stops the source', async () => {
    const done = { ended: false };
    const reader = csvStream(['a'], rows(1_000_000, done), 1024).getReader();
    await reader.read();
    await reader.cancel();
    expect(done.ended).toBe(true);
  });
});
