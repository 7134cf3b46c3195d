import { expect, test } from 'vitest';
import { detectAutomated } from './bot-detection';

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

test.each([
  { label: 'a person in Chrome', method: 'GET', headers: { 'user-agent': chrome }, expected: null },
  {
    label: 'Googlebot',
    method: 'GET',
    headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
    expected: 'bot',
  },
  {
    label: 'Slack unfurler',
    method: 'GET',
    headers: { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' },
    expected: 'bot',
  },
  { label: 'curl', method: 'GET', headers: { 'user-agent': 'curl/8.5.0' }, expected: 'bot' },
  { label: 'no user agent', method: 'GET', headers: {}, expected: 'bot' },
  { label: 'a HEAD request', method: 'HEAD', headers: { 'user-agent': chrome }, expected: 'bot' },
  {
    label: 'Sec-Purpose prefetch',
    method: 'GET',
    headers: { 'user-agent': chrome, 'sec-purpose': 'prefetch' },
    expected: 'prefetch',
  },
  {
    label: 'Sec-Purpose prefetch;prerender',
    method: 'GET',
    headers: { 'user-agent': chrome, 'sec-purpose': 'prefetch;prerender' },
    expected: 'prefetch',
  },
  {
    label: 'legacy Purpose: prefetch',
    method: 'GET',
    headers: { 'user-agent': chrome, purpose: 'prefetch' },
    expected: 'prefetch',
  },
  {
    label: 'Firefox X-Moz: prefetch',
    method: 'GET',
    headers: { 'user-agent': chrome, 'x-moz': 'prefetch' },
    expected: 'prefetch',
  },
])('$label → $expected', ({ method, headers, expected }) =>
  expect(detectAutomated(method, new Headers(headers as Record<string, string>))).toBe(expected),
);
