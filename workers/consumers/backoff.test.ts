import { expect, test } from 'vitest';
import { retryDelaySeconds } from './backoff';

test.each([
  { attempts: 1, delay: 5 },
  { attempts: 2, delay: 10 },
  { attempts: 3, delay: 20 },
  { attempts: 7, delay: 300 },
  { attempts: 50, delay: 300 },
  { attempts: 0, delay: 5 },
])('attempt $attempts waits $delay s', ({ attempts, delay }) => expect(retryDelaySeconds(attempts)).toBe(delay));
