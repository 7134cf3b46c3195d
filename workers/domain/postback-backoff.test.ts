import { expect, test } from 'vitest';
import { postbackRetryDelaySeconds } from './postback-backoff';

test.each([
  { attempts: 0, delay: 10 },
  { attempts: 1, delay: 10 },
  { attempts: 2, delay: 20 },
  { attempts: 3, delay: 40 },
  { attempts: 4, delay: 80 },
  { attempts: 5, delay: 160 },
  { attempts: 7, delay: 600 },
  { attempts: 40, delay: 600 },
])('after attempt $attempts wait $delay s', ({ attempts, delay }) =>
  expect(postbackRetryDelaySeconds(attempts)).toBe(delay),
);
