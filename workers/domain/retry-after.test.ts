import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './retry-after';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('retryAfterSeconds', () => {
  it.each([
    [null, null],
    ['', null],
    ['30', 30],
    [' 2 ', 2],
    ['0', 1],
    ['999999', 3600],
    ['Wed, 25 Nov 2026 10:00:45 GMT', 45],
    ['Wed, 25 Nov 2026 09:00:00 GMT', 1],
    ['soon', null],
  ])('%s → %s', (header, seconds) => {
    expect(retryAfterSeconds(header, NOW)).toBe(seconds);
  });
});
