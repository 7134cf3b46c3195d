import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRendererConfig } from './renderer-config';

const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)), 'utf8');
const apiToml = read('wrangler.toml');
const rendererToml = read('wrangler.renderer.toml');

describe('wrangler.renderer.toml', () => {
  it('is the Worker the API’s RENDERER binding names, on its date, with nothing to provision and no route', () => {
    expect(checkRendererConfig(apiToml, rendererToml)).toEqual([]);
  });

  it('is deployed by npm run deploy before the API Worker that binds it', () => {
    const deploy = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.deploy!;
    const steps = deploy.split('&&').map((step) => step.trim());
    const renderer = steps.indexOf('wrangler deploy --config wrangler.renderer.toml');
    expect(renderer).toBeGreaterThanOrEqual(0);
    expect(renderer).toBeLessThan(steps.indexOf('wrangler deploy'));
  });

  it.each([
    ['another name', rendererToml.replace('name = "affiliate-edge-renderer"', 'name = "x"'), /RENDERER service/],
    ['another date', rendererToml.replace(/compatibility_date = "[^"]+"/, 'compatibility_date = "2020-01-01"'), /date/],
    ['a workers.dev address', rendererToml.replace('workers_dev = false', 'workers_dev = true'), /workers_dev/],
    ['a route', rendererToml.replace('workers_dev = false', 'workers_dev = false\nroute = "r.example.com/*"'), /route/],
    ['a KV namespace', `${rendererToml}\n[[kv_namespaces]]\nbinding = "CACHE"\nid = "x"\n`, /KV CACHE/],
    ['a queue', `${rendererToml}\n[[queues.producers]]\nqueue = "renders"\nbinding = "R"\n`, /queue renders/],
  ])('refuses %s', (_label, toml, problem) => {
    expect(checkRendererConfig(apiToml, toml).join('\n')).toMatch(problem);
  });
});
