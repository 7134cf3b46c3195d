import { expect, test } from 'vitest';
import { isUuidv7, uuidv7, uuidv7Time } from './ids';

test('UUIDv7: version, variant and time encoded; unique across many pool refills', () => {
  const at = Date.UTC(2026, 10, 22, 12, 0, 0, 123);
  const ids = Array.from({ length: 5_000 }, () => uuidv7(at)); // 50,000 random bytes: a dozen refills of the pool
  for (const id of ids.slice(0, 50)) {
    expect(isUuidv7(id)).toBe(true);
    expect(uuidv7Time(id)).toBe(at);
  }
  expect(new Set(ids).size).toBe(ids.length);
  // The 74 random bits are not stuck: every hex digit of the last group shows up.
  expect(new Set(ids.flatMap((id) => [...id.slice(24)])).size).toBe(16);
});
