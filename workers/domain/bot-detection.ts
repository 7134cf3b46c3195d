import { createIsbotFromList, isbot, list } from 'isbot';
import type { BoundedMemo } from './bounded-memo';

export type AutomatedKind = 'bot' | 'prefetch';

// Fetchers that isbot lets through as people: AI assistants fetching a page for a person
// (Amzn-User/0.1, Perplexity-User/1.0, …) and page-speed or screenshot tools that append their
// name to a stock Chrome user agent.
const FETCHERS = /\bamzn-user\b|\w-user\/\d|gtmetrix|\bylt chrome\/|miniature\.io\/|turingos/i;

// Apps whose users isbot counts as bots. Their own user agents carry the app's token alone — the
// Facebook app's bracket with no spaces, `Snapchat/…` first, the YouTube app's bundle id (which
// says "google") — and text browsers (Lynx, w3m, Links) look like a tool's bare `name/version`.
const IN_APP =
  /\[FB(?:AN|_IAB)\/|^FBAN\/|\bcom\.google\.(?:ios|android)\.youtube\/|^Snapchat\/\d|^(?:Lynx|w3m|ELinks)\/|^Links \(/i;

// Each token as it reaches us bare. Every isbot pattern that fires on one of them is left out for
// the user agents above; the rest of isbot's list still judges them (a `+https://…/robots`
// contact, `bot`, `crawl`, headless markers).
const APP_TOKENS = [
  '[FBAN/FBIOS;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]',
  'com.google.ios.youtube/20.10.4',
  'Snapchat/12.85.0.44',
  'w3m/0.5.3',
  'Links (2.29; Linux 6.1.0 x86_64; GNU C 12.2; text)',
];

const firesOnAppToken = (pattern: string): boolean => {
  const re = new RegExp(pattern, 'i');
  return APP_TOKENS.some((token) => re.test(token));
};

// Built on the first app user agent, not at isolate start: compiling it costs a few milliseconds.
let isbotForAppsCache: ((userAgent: string) => boolean) | undefined;
const isbotForApps = (userAgent: string): boolean => {
  isbotForAppsCache ??= createIsbotFromList(list.filter((p) => !firesOnAppToken(p)));
  return isbotForAppsCache(userAgent);
};

/**
 * isbot's verdict, with an allow list for in-app and text browsers (judged by isbot's list minus
 * the patterns their app token trips) and extra patterns for fetchers isbot misses. Measured
 * against the labelled corpus in `fixtures/user-agents.tsv` (bot-detection-corpus.test.ts).
 */
export const isAutomatedAgent = (userAgent: string): boolean =>
  FETCHERS.test(userAgent) || (IN_APP.test(userAgent) ? isbotForApps(userAgent) : isbot(userAgent));

// Three regular expressions per user agent; a busy isolate sees few distinct user agents, so the
// caller may keep the verdicts.
const knownBot = (userAgent: string, verdicts: BoundedMemo<string, boolean> | undefined): boolean =>
  verdicts
    ? (verdicts.get(userAgent) ?? verdicts.set(userAgent, isAutomatedAgent(userAgent)))
    : isAutomatedAgent(userAgent);

/**
 * Clicks that are not a person following a link: crawlers and link unfurlers (known user agents,
 * or none at all), HEAD requests, and browser prefetches (`Sec-Purpose: prefetch`, or the older
 * `Purpose`/`X-Purpose`/`X-Moz` headers).
 */
export function detectAutomated(
  method: string,
  headers: Headers,
  userAgent: string | null = headers.get('user-agent'),
  verdicts?: BoundedMemo<string, boolean>,
): AutomatedKind | null {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return 'prefetch';
  if (method === 'HEAD') return 'bot';
  if (!userAgent || knownBot(userAgent, verdicts)) return 'bot';
  return null;
}
