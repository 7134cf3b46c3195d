import { describe, expect, it } from 'vitest';
import { parseIpAddress } from './ip-address';

describe('parseIpAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    [' 198.51.100.2 ', '198.51.100.2'],
    ['256.1.1.1', null],
    ['1.2.3', null],
    ['not-an-ip', null],
    ["1.2.3.4'; drop table users; --", null],
    ['2001:db8::g', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(parseIpAddress(input)).toBe(expected);
  });
});
