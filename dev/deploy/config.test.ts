import { describe, expect, it } from 'vitest';
import { isPlaceholderKvId, readDeployConfig } from './config';

describe('readDeployConfig', () => {
  it('collects producers, consumers and dead-letter queues once each, in file order', () => {
    const config = readDeployConfig(`
name = "edge"
[[queues.producers]]
queue = "a"
binding = "A"
[[queues.consumers]]
queue = "a"
dead_letter_queue = "a-dlq"
[[queues.consumers]]
queue = "only-consumed"
dead_letter_queue = "a-dlq"
`);
    expect(config.queues).toEqual(['a', 'a-dlq', 'only-consumed']);
  });

  it('reads KV bindings, a placeholder id as null, and names what it does not provision', () => {
    const config = readDeployConfig(`
name = "edge"
[[kv_namespaces]]
binding = "ROUTING"
id = "00000000000000000000000000000001"
[[kv_namespaces]]
binding = "SPOOL"
id = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
[[kv_namespaces]]
binding = "NO_ID"
[[r2_buckets]]
binding = "FILES"
bucket_name = "files"
[env.staging]
name = "edge-staging"
`);
    expect(config).toEqual({
      workerName: 'edge',
      queues: [],
      kvNamespaces: [
        { binding: 'ROUTING', id: null },
        { binding: 'SPOOL', id: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' },
        { binding: 'NO_ID', id: null },
      ],
      notHandled: ['[[r2_buckets]]', '[env.staging]'],
      vars: {},
    });
  });

  it.each([
    ['00000000000000000000000000000001', true],
    ['00000000000000000000000000000002', true],
    ['', true],
    [undefined, true],
    ['0f1e2d3c4b5a69788796a5b4c3d2e1f0', false],
    ['0000000000000000000000001aaaaaaa', true],
    ['00000000000000000000001aaaaaaaaa', false],
  ])('isPlaceholderKvId(%s) is %s', (id, placeholder) => {
    expect(isPlaceholderKvId(id)).toBe(placeholder);
  });

  it('refuses a file without a name', () => {
    expect(() => readDeployConfig('main = "x.ts"')).toThrow(/no name/);
  });
});
