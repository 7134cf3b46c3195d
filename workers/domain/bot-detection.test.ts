import { expect, test } from 'vitest';
import { detectAutomated, isAutomatedAgent } from './bot-detection';

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
  {
    label: 'VS Code (Electron): doubtful, counted and flagged',
    method: 'GET',
    headers: {
      'user-agent':
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.96.2 Chrome/128.0.6613.186 Electron/32.2.6 Safari/537.36',
    },
    expected: 'doubtful',
  },
  {
    label: 'Cursor (Electron; isbot names it): doubtful, not a robot',
    method: 'GET',
    headers: {
      'user-agent':
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Cursor/0.42.3 Chrome/124.0.6367.243 Electron/30.4.0 Safari/537.36',
    },
    expected: 'doubtful',
  },
  {
    label: 'a headless Electron: a robot',
    method: 'GET',
    headers: {
      'user-agent':
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Electron/28.0.0 Safari/537.36',
    },
    expected: 'bot',
  },
  {
    label: 'Google TV Streamer: a person',
    method: 'GET',
    headers: {
      'user-agent':
        'Mozilla/5.0 (Linux; Android 14; Google TV Streamer; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Safari/537.36',
    },
    expected: null,
  },
  { label: 'Dillo: a person', method: 'GET', headers: { 'user-agent': 'Dillo/3.1.1' }, expected: null },
  { label: 'NetSurf: a person', method: 'GET', headers: { 'user-agent': 'NetSurf/3.11 (Linux)' }, expected: null },
  {
    label: 'NetSurf with a contact URL: a robot',
    method: 'GET',
    headers: { 'user-agent': 'NetSurf/3.11 (Linux; +https://crawler.example/bot)' },
    expected: 'bot',
  },
  {
    label: 'the Sogou spider: still a robot',
    method: 'GET',
    headers: { 'user-agent': 'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)' },
    expected: 'bot',
  },
])('$label → $expected', ({ method, headers, expected }) =>
  expect(detectAutomated(method, new Headers(headers as Record<string, string>))).toBe(expected),
);

// Issue 15: people in apps that plain isbot counted as bots, and fetchers it let through.
test.each([
  {
    label: 'the Facebook iOS app (bare FBAN/FBIOS bracket)',
    ua: '[FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]',
    bot: false,
  },
  {
    label: 'the YouTube iOS app',
    ua: 'com.google.ios.youtube/20.10.4 (iPhone16,2; U; CPU iOS 18_3_2 like Mac OS X;)',
    bot: false,
  },
  {
    label: 'the YouTube app token after a WebKit user agent',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 com.google.ios.youtube/19.29.1 (iPhone16,2; U; CPU iOS 17_5 like Mac OS X; en_US)',
    bot: false,
  },
  {
    label: 'the YouTube Android app',
    ua: 'com.google.android.youtube/19.44.38 (Linux; U; Android 11) gzip',
    bot: false,
  },
  { label: 'the Snapchat iOS app', ua: 'Snapchat/12.85.0.44 (iPhone9,3; iOS 15.7.5; gzip)', bot: false },
  {
    label: 'the Instagram iOS app',
    ua: 'Instagram 302.0.0.23.109 (iPhone13,2; iOS 17_1; en_US; en-US; scale=3.00; 1170x2532; 512000000)',
    bot: false,
  },
  { label: 'w3m, a text browser', ua: 'w3m/0.5.3', bot: false },
  {
    label: 'Amzn-User, fetching for an Alexa answer',
    ua: 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Amzn-User/0.1) Chrome/119.0.6045.214 Safari/537.36',
    bot: true,
  },
  {
    label: 'GTmetrix',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0 Safari/537.36 GTmetrix',
    bot: true,
  },
  // The allow list only drops the patterns an app token trips: the rest of isbot still judges.
  {
    label: "Snap's robot, though it starts with Snapchat/",
    ua: 'Snapchat/12.0 (+https://developers.snap.com/robots)',
    bot: true,
  },
  {
    label: 'a crawler that names the YouTube app',
    ua: 'com.google.android.youtube/19.44.38 (compatible; ExampleCrawler/1.0; +https://crawler.example/bot)',
    bot: true,
  },
  {
    label: 'Snap URL Preview Service',
    ua: 'Mozilla/5.0 (compatible; Snap URL Preview Service; bot; snapchat; https://developers.snap.com/robots)',
    bot: true,
  },
  { label: 'TelegramBot', ua: 'TelegramBot (like TwitterBot)', bot: true },
  {
    label: 'Googlebot still',
    ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    bot: true,
  },
  {
    label: 'a Pixel phone (google in the model name)',
    ua: 'Mozilla/5.0 (Linux; Android 7.1.2; google Pixel 2) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.0.0 Mobile Safari/537.36',
    bot: false,
  },
])('$label → bot: $bot', ({ ua, bot }) => {
  expect(isAutomatedAgent(ua)).toBe(bot);
  expect(detectAutomated('GET', new Headers({ 'user-agent': ua }))).toBe(bot ? 'bot' : null);
});
