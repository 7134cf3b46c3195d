import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { expect, test } from 'vitest';
import { LIMITER_QUOTAS } from '../../workers/domain/rate-limit-fields';

type Limiter = { name: string; simple: { limit: number; period: number } };
const toml = parse(readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8')) as { ratelimits: Limiter[] };

test('the RateLimit-Policy quotas are the [[ratelimits]] of wrangler.toml (the tracker’s, which answers no API, aside)', () => {
  const configured = Object.fromEntries(
    toml.ratelimits
      .filter((l) => l.name !== 'TRACKER_LIMITER')
      .map((l) => [l.name, { quota: l.simple.limit, windowSeconds: l.simple.period }]),
  );
  expect(configured).toEqual(LIMITER_QUOTAS);
});
