import { expect, test } from 'vitest';
import { postbackRetryDelaySeconds } from './postback-backoff';

// Nominal (random 0.5), then the jitter's bounds: ±20 %.
test.each([
  { attempts: 0, delay: 5, low: 4, high: 6 },
  { attempts: 1, delay: 5, low: 4, high: 6 },
  { attempts: 2, delay: 300, low: 240, high: 360 },
  { attempts: 3, delay: 1800, low: 1440, high: 2160 },
  { attempts: 4, delay: 7200, low: 5760, high: 8640 },
  { attempts: 5, delay: 18_000, low: 14_400, high: 21_600 },
  { attempts: 6, delay: 36_000, low: 28_800, high: 43_200 },
  { attempts: 7, delay: 36_000, low: 28_800, high: 43_200 },
  { attempts: 40, delay: 36_000, low: 28_800, high: 43_200 },
])('after attempt $attempts wait $delay s (jittered $low–$high s)', ({ attempts, delay, low, high }) => {
  expect(postbackRetryDelaySeconds(attempts, () => 0.5)).toBe(delay);
  expect(postbackRetryDelaySeconds(attempts, () => 0)).toBe(low);
  expect(postbackRetryDelaySeconds(attempts, () => 0.999_999)).toBe(high);
});
