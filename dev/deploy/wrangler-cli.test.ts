import { describe, expect, it } from 'vitest';
import { parseJsonArray, parseQueueTable } from './wrangler-cli';

// `wrangler queues list` as wrangler 4.86 prints it (its banner, then a cli-table3 table).
const LISTED = `
 ⛅️ wrangler 4.86.0
───────────────────
┌──────────────────────────────────┬────────────┬──────────────────────────┬──────────────────────────┬───────────┬───────────┐
│ id                               │ name       │ created_on               │ modified_on              │ producers │ consumers │
├──────────────────────────────────┼────────────┼──────────────────────────┼──────────────────────────┼───────────┼───────────┤
│ 0a1b2c3d4e5f60718293a4b5c6d7e8f9 │ clicks     │ 2026-11-01T10:00:00.000Z │ 2026-11-01T10:00:00.000Z │ 1         │ 1         │
├──────────────────────────────────┼────────────┼──────────────────────────┼──────────────────────────┼───────────┼───────────┤
│ 1a1b2c3d4e5f60718293a4b5c6d7e8f9 │ clicks-dlq │ 2026-11-01T10:00:01.000Z │ 2026-11-01T10:00:01.000Z │ 1         │ 1         │
└──────────────────────────────────┴────────────┴──────────────────────────┴──────────────────────────┴───────────┴───────────┘
`;

describe('parseQueueTable', () => {
  it.each([
    ['a listed page', LISTED, ['clicks', 'clicks-dlq']],
    ['an empty page (no header either)', ' ⛅️ wrangler 4.86.0\n───\n┌┐\n└┘\n', []],
    ['no table at all', 'Getting queues...\n', []],
    [
      'coloured borders and header',
      '\u001b[90m│\u001b[39m \u001b[34mid\u001b[39m \u001b[90m│\u001b[39m \u001b[34mname\u001b[39m \u001b[90m│\u001b[39m\n\u001b[90m│\u001b[39m 0a \u001b[90m│\u001b[39m postbacks \u001b[90m│\u001b[39m',
      ['postbacks'],
    ],
  ])('%s', (_label, output, names) => {
    expect(parseQueueTable(output)).toEqual(names);
  });
});

describe('parseJsonArray', () => {
  it('reads the list around other output', () => {
    expect(parseJsonArray('warning: x\n[\n  { "id": "a", "title": "t" }\n]\n')).toEqual([{ id: 'a', title: 't' }]);
  });
  it('skips bracketed tags before the list', () => {
    expect(parseJsonArray('▲ [WARNING] old config\n[{ "name": "JWT_SECRET", "type": "secret_text" }]')).toEqual([
      { name: 'JWT_SECRET', type: 'secret_text' },
    ]);
  });
  it('refuses output without a list', () => {
    expect(() => parseJsonArray('✘ [ERROR] Not logged in')).toThrow(/expected a JSON list/);
  });
});
