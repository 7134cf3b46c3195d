import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { readDeployConfig } from './config';
import { syncTrackerConfig } from './tracker-config';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)), 'utf8');
const apiToml = read('wrangler.toml');
const trackerToml = read('wrangler.tracker.toml');

describe('wrangler.tracker.toml', () => {
  it('shares the API Worker’s KV ids, queues, limiter and compatibility date', () => {
    const api = parse(apiToml) as Record<string, any>;
    const tracker = parse(trackerToml) as Record<string, any>;
    expect(tracker.compatibility_date).toBe(api.compatibility_date);
    expect(syncTrackerConfig(apiToml, trackerToml)).toBe(trackerToml);
    const limiter = (t: Record<string, any>) =>
      t.ratelimits.find((r: { name: string }) => r.name === 'TRACKER_LIMITER');
    expect(limiter(tracker)).toEqual(limiter(api));
    expect(tracker.services).toEqual([{ binding: 'API', service: api.name }]);
    // Consumers and crons stay in the API Worker.
    expect(tracker.queues.consumers).toBeUndefined();
    expect(tracker.triggers).toBeUndefined();
  });

  it('gets the ids deploy:setup wrote into wrangler.toml', () => {
    const withIds = apiToml
      .replace('00000000000000000000000000000001', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
      .replace('00000000000000000000000000000002', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    const synced = readDeployConfig(syncTrackerConfig(withIds, trackerToml));
    expect(synced.kvNamespaces).toEqual([
      { binding: 'ROUTING', id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
      { binding: 'CLICK_SPOOL', id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' },
    ]);
  });

  it('refuses a namespace or queue the API Worker does not provision', () => {
    expect(() =>
      syncTrackerConfig(apiToml, `${trackerToml}\n[[kv_namespaces]]\nbinding = "OTHER"\nid = "x"\n`),
    ).toThrow(/OTHER/);
    expect(() =>
      syncTrackerConfig(apiToml, `${trackerToml}\n[[queues.producers]]\nqueue = "elsewhere"\nbinding = "E"\n`),
    ).toThrow(/elsewhere/);
  });
});
