import { describe, expect, test } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  hasWholeHourOffsets,
  localDateOf,
  localDateTimeOf,
  startOfLocalDate,
  utcOffsetMinutes,
} from './stats-time-zone';

describe('time zones', () => {
  test.each([
    ['UTC', 'UTC'],
    ['Europe/Moscow', 'Europe/Moscow'],
    ['america/new_york', 'America/New_York'],
  ])('%s is known as %s', (name, canonical) => {
    expect(canonicalTimeZone(name)).toBe(canonical);
  });

  test.each(['Mars/Olympus', 'GMT+25', '', 'Europe/Moscow '])('%j is refused with stats_time_zone_invalid', (name) => {
    expect(() => canonicalTimeZone(name)).toThrow(
      expect.objectContaining({ code: 'stats_time_zone_invalid' }) as Error,
    );
  });

  test.each([
    ['Europe/Moscow', '2026-03-01T12:00:00Z', 180],
    ['America/New_York', '2026-03-07T12:00:00Z', -300],
    ['America/New_York', '2026-03-09T12:00:00Z', -240],
    ['Asia/Kolkata', '2026-03-01T12:00:00Z', 330],
  ])('%s is %i minutes from UTC at %s', (tz, at, minutes) => {
    expect(utcOffsetMinutes(tz, new Date(at))).toBe(minutes);
  });

  test.each([
    ['Europe/Moscow', '2026-03-01', '2026-02-28T21:00:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00.000Z'],
  ])('in %s, %s starts at %s', (tz, date, start) => {
    expect(startOfLocalDate(tz, date).toISOString()).toBe(start);
  });

  test.each([
    ['Europe/Moscow', '2026-02-28T21:00:00Z', '2026-03-01', '2026-03-01T00:00'],
    ['America/New_York', '2026-03-08T04:59:00Z', '2026-03-07', '2026-03-07T23:59'],
  ])('in %s, %s is on %s', (tz, at, date, dateTime) => {
    expect(localDateOf(tz, new Date(at))).toBe(date);
    expect(localDateTimeOf(tz, new Date(at))).toBe(dateTime);
  });

  test.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s + %i days is %s', (date, days, result) => {
    expect(addDays(date, days)).toBe(result);
  });

  test.each([
    ['UTC', true],
    ['Europe/Moscow', true],
    ['America/New_York', true],
    ['Asia/Kolkata', false],
    ['Asia/Kathmandu', false],
    ['Australia/Adelaide', false],
  ])('%s has whole-hour offsets through 2026: %s', (tz, whole) => {
    expect(hasWholeHourOffsets(tz, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))).toBe(whole);
  });
});
