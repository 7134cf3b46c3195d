import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeployConfig } from './config';
import { writeKvIds } from './write-ids';

const ROUTING_ID = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const SPOOL_ID = 'ffeeddccbbaa99887766554433221100';

describe('writeKvIds', () => {
  it("writes the repository's wrangler.toml ids in place: only the two id lines change", () => {
    const before = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');
    const after = writeKvIds(before, { ROUTING: ROUTING_ID, CLICK_SPOOL: SPOOL_ID });
    const changed = before
      .split('\n')
      .map((line, n) => [line, after.split('\n')[n]])
      .filter(([a, b]) => a !== b);
    expect(changed).toEqual([
      ['id = "00000000000000000000000000000001"', `id = "${ROUTING_ID}"`],
      ['id = "00000000000000000000000000000002"', `id = "${SPOOL_ID}"`],
    ]);
    expect(readDeployConfig(after).kvNamespaces).toEqual([
      { binding: 'ROUTING', id: ROUTING_ID },
      { binding: 'CLICK_SPOOL', id: SPOOL_ID },
    ]);
    // Written again with the same ids: the same text (idempotent).
    expect(writeKvIds(after, { ROUTING: ROUTING_ID, CLICK_SPOOL: SPOOL_ID })).toBe(after);
  });

  it.each([
    [
      'id before binding, single quotes, a trailing comment',
      `[[kv_namespaces]]\nid = '0'  # later\nbinding = "A"\n`,
      `[[kv_namespaces]]\nid = "${ROUTING_ID}"  # later\nbinding = "A"\n`,
    ],
    [
      'the right one of two entries; a later table is not part of it',
      `[[kv_namespaces]]\nbinding = "B"\nid = "1"\n\n[[kv_namespaces]]\nbinding = "A"\nid = "2"\n\n[vars]\nid = "x"\n`,
      `[[kv_namespaces]]\nbinding = "B"\nid = "1"\n\n[[kv_namespaces]]\nbinding = "A"\nid = "${ROUTING_ID}"\n\n[vars]\nid = "x"\n`,
    ],
    [
      'indented keys',
      `[[kv_namespaces]]\n  binding = "A"\n  id = ""\n`,
      `[[kv_namespaces]]\n  binding = "A"\n  id = "${ROUTING_ID}"\n`,
    ],
  ])('%s', (_label, before, after) => {
    expect(writeKvIds(before, { A: ROUTING_ID })).toBe(after);
  });

  it.each([
    [
      'an unknown binding',
      '[[kv_namespaces]]\nbinding = "B"\nid = "1"\n',
      { A: ROUTING_ID },
      /no \[\[kv_namespaces\]\] entry/,
    ],
    ['an entry without an id line', '[[kv_namespaces]]\nbinding = "A"\n', { A: ROUTING_ID }, /has no id line/],
    [
      'a value that is not an id',
      '[[kv_namespaces]]\nbinding = "A"\nid = "1"\n',
      { A: 'x"; evil = "1' },
      /not a KV namespace id/,
    ],
  ])('refuses %s', (_label, toml, ids, error) => {
    expect(() => writeKvIds(toml, ids)).toThrow(error);
  });
});
