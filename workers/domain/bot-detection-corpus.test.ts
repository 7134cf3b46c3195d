import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isAutomatedAgent, judgeUserAgent } from './bot-detection';

// The labelled corpus: real browsers (desktop, mobile, in-app, TV, watch, feature phone, text),
// doubtful desktop apps (Electron, JCEF) and crawlers, link unfurlers, monitors and HTTP tools. Its
// header names every source and its licence: isbot's fixtures (Unlicense), inapp-spy (MIT), yt-dlp
// (Unlicense), the npm packages top-user-agents (MIT), user-agents (BSD-2-Clause) and
// crawler-user-agents (MIT), operators' own documentation, and shapes written here that issues 15
// and 25 name.
type Row = { label: 'human' | 'bot' | 'doubtful'; kind: string; source: string; ua: string };

const rows: Row[] = readFileSync(new URL('./fixtures/user-agents.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [label, kind, source, ua] = line.split('\t');
    if ((label !== 'human' && label !== 'bot' && label !== 'doubtful') || !kind || !source || !ua)
      throw new Error(`bad corpus line: ${line}`);
    return { label, kind, source, ua };
  });

const humans = rows.filter((r) => r.label === 'human');
const bots = rows.filter((r) => r.label === 'bot');
const doubtful = rows.filter((r) => r.label === 'doubtful');
const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(2)}%`;
const list = (wrong: Row[]): string => wrong.map((r) => `\n  [${r.kind}, ${r.source}] ${r.ua}`).join('');

test('the corpus is large and covers every class', () => {
  expect(rows.length).toBeGreaterThanOrEqual(500);
  expect(humans.length).toBeGreaterThanOrEqual(200);
  expect(bots.length).toBeGreaterThanOrEqual(200);
  expect(new Set(rows.map((r) => r.ua)).size).toBe(rows.length);
  const count = (label: Row['label'], kind: string) => rows.filter((r) => r.label === label && r.kind === kind).length;
  for (const kind of ['browser', 'in-app', 'tv', 'watch', 'phone', 'text'])
    expect(count('human', kind), kind).toBeGreaterThanOrEqual(5);
  expect(count('doubtful', 'electron')).toBeGreaterThanOrEqual(10);
  for (const kind of ['crawler', 'preview', 'monitor', 'tool'])
    expect(count('bot', kind), kind).toBeGreaterThanOrEqual(20);
  // The in-app browsers of the issue, each in its real shape.
  for (const app of [
    /\[FBAN\/FBIOS/,
    /\[FB_IAB\/FB4A/,
    /Instagram \d/,
    /musical_ly|BytedanceWebview/,
    /Snapchat/,
    /com\.google\.ios\.youtube/,
    /LinkedInApp/,
    /Telegram-Android/,
    /MicroMessenger/,
    // Issue 25's families.
    /Google ?TV/,
    /Tizen|Web0S|HbbTV|SMART-TV/,
    /Watch/,
    /AlipayClient/,
    /SogouMobileBrowser|SogouSearch/,
    /PaleMoon/,
    /^NetSurf/,
    /^Dillo/,
    /^Uzbl/,
    /MIDP|KAIOS/i,
    /Windows Server|Ubuntu Server/,
  ])
    expect(
      humans.some((r) => app.test(r.ua)),
      String(app),
    ).toBe(true);
  for (const fetcher of [
    /facebookexternalhit/,
    /Slackbot/,
    /Twitterbot/,
    /TelegramBot/,
    /^WhatsApp/,
    /Discordbot/,
    /LinkedInBot/,
    /Google-InspectionTool/,
    /Amzn-User/,
    /GTmetrix/,
    /UptimeRobot/,
    /StatusCake/,
    /Better Uptime/,
    /Pingdom/,
    /HeadlessChrome/,
    /^curl/,
    /^Wget/,
    /^python-requests/,
  ])
    expect(
      bots.some((r) => fetcher.test(r.ua)),
      String(fetcher),
    ).toBe(true);
});

test('false positives on people ≤ 0.5% (refused or flagged), recall on bots ≥ 99%, doubtful apps flagged', () => {
  const verdicts = new Map(rows.map((r) => [r, judgeUserAgent(r.ua)]));
  const peopleCountedAsBots = humans.filter((r) => verdicts.get(r) === 'bot');
  const peopleFlagged = humans.filter((r) => verdicts.get(r) === 'doubtful');
  const botsCountedAsPeople = bots.filter((r) => verdicts.get(r) !== 'bot');
  const doubtfulMisjudged = doubtful.filter((r) => verdicts.get(r) !== 'doubtful');
  const falsePositiveRate = peopleCountedAsBots.length / humans.length;
  const flaggedRate = (peopleCountedAsBots.length + peopleFlagged.length) / humans.length;
  const recall = (bots.length - botsCountedAsPeople.length) / bots.length;
  console.log(
    `bot detection on ${rows.length} user agents: false positives ${percent(peopleCountedAsBots.length, humans.length)} ` +
      `(${peopleCountedAsBots.length} of ${humans.length} people refused, ${peopleFlagged.length} flagged), ` +
      `recall ${percent(bots.length - botsCountedAsPeople.length, bots.length)} ` +
      `(${botsCountedAsPeople.length} of ${bots.length} bots missed), ` +
      `${doubtful.length - doubtfulMisjudged.length} of ${doubtful.length} doubtful apps flagged` +
      (peopleCountedAsBots.length ? `\npeople counted as bots:${list(peopleCountedAsBots)}` : '') +
      (peopleFlagged.length ? `\npeople flagged as doubtful:${list(peopleFlagged)}` : '') +
      (botsCountedAsPeople.length ? `\nbots counted as people:${list(botsCountedAsPeople)}` : '') +
      (doubtfulMisjudged.length ? `\ndoubtful apps misjudged:${list(doubtfulMisjudged)}` : ''),
  );
  expect(falsePositiveRate).toBeLessThanOrEqual(0.005);
  expect(flaggedRate).toBeLessThanOrEqual(0.005);
  expect(recall).toBeGreaterThanOrEqual(0.99);
  expect(doubtfulMisjudged, list(doubtfulMisjudged)).toEqual([]);
  // The boolean the rest of the code reads agrees with the verdict.
  for (const r of rows) expect(isAutomatedAgent(r.ua), r.ua).toBe(verdicts.get(r) === 'bot');
});

// The families issue 25 found misjudged, each on its own: none may be refused or flagged.
test.each([['tv'], ['watch'], ['phone']])('every %s user agent is a person', (kind) => {
  const wrong = humans.filter((r) => r.kind === kind && judgeUserAgent(r.ua) !== 'person');
  expect(wrong, list(wrong)).toEqual([]);
});

// The allow list masks app tokens and lets isbot judge the rest, so a robot that adds one is
// still a robot (dropping isbot's patterns for such user agents instead lost up to 10% here).
test.each([
  { disguise: 'a Facebook in-app bracket after it', wrap: (ua: string) => `${ua} [FB_IAB/FB4A;FBAV/488.0.0.62.79;]` },
  { disguise: 'the YouTube app token after it', wrap: (ua: string) => `${ua} com.google.ios.youtube/21.02.3` },
  { disguise: 'Snapchat/ before it', wrap: (ua: string) => `Snapchat/12.85.0.44 ${ua}` },
  { disguise: 'Lynx/ before it', wrap: (ua: string) => `Lynx/2.9.0dev.12 ${ua}` },
])('bots with $disguise: recall ≥ 99%', ({ wrap }) => {
  const missed = bots.filter((r) => !isAutomatedAgent(wrap(r.ua)));
  expect(missed.length / bots.length, list(missed)).toBeLessThanOrEqual(0.01);
});
