import { expect, test } from 'vitest';
import { parseUserAgent } from './parse-user-agent';

test.each([
  {
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    expected: { deviceType: 'desktop', os: 'Windows', browser: 'Chrome' },
  },
  {
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    expected: { deviceType: 'mobile', os: 'iOS', browser: 'Mobile Safari' },
  },
  {
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    expected: { deviceType: 'tablet', os: 'iOS', browser: 'Mobile Safari' },
  },
  {
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36',
    expected: { deviceType: 'mobile', os: 'Android', browser: 'Chrome' },
  },
  { ua: null, expected: { deviceType: 'unknown', os: null, browser: null } },
])('$expected.deviceType $expected.os $expected.browser', ({ ua, expected }) =>
  expect(parseUserAgent(ua)).toEqual(expected),
);
