import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './source-imports';

// docs/architecture.md is the map a newcomer reads first: whatever wrangler.toml and the folders add must
// show on it, or the map quietly drifts (it once counted eight consumers of ten queues).
const doc = readFileSync(join(repoRoot, 'docs/architecture.md'), 'utf8');

const folders = (dir: string) =>
  readdirSync(join(repoRoot, dir)).filter((name) => statSync(join(repoRoot, dir, name)).isDirectory());
const sourceFiles = (dir: string) =>
  readdirSync(join(repoRoot, dir)).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

/** Names the doc never mentions as `code`: a plain word like "email" or "stats" would be found in any prose. */
const missing = (names: string[]) => names.filter((name) => !doc.includes(`\`${name}\``));

describe('docs/architecture.md', () => {
  test('names every queue wrangler.toml consumes, dead-letter queues too', () => {
    const wrangler = parse(readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8')) as {
      queues?: { consumers?: { queue: string }[] };
    };
    const queues = (wrangler.queues?.consumers ?? []).map((c) => c.queue);
    expect(queues.length).toBeGreaterThan(0);
    expect(missing(queues)).toEqual([]);
  });

  test('names every file of workers/consumers/', () => {
    expect(missing(sourceFiles('workers/consumers'))).toEqual([]);
  });

  test('names every service area of workers/services/', () => {
    expect(missing(folders('workers/services'))).toEqual([]);
  });

  test('names every integration of workers/integrations/', () => {
    expect(missing(folders('workers/integrations'))).toEqual([]);
  });
});
