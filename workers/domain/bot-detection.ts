import { isbot } from 'isbot';
import type { BoundedMemo } from './bounded-memo';

export type AutomatedKind = 'bot' | 'prefetch';

// Fetchers that isbot lets through as people: AI assistants fetching a page for a person
// (Amzn-User/0.1, Perplexity-User/1.0, …) and page-speed or screenshot tools that append their
// name to a stock Chrome user agent.
const FETCHERS = /\bamzn-user\b|\w-user\/\d|gtmetrix|\bylt chrome\/|miniature\.io\/|turingos/i;

// The allow list: tokens of apps and text browsers whose users isbot counts as bots. The apps'
// own user agents are the token alone or nearly (the Facebook app's bare bracket is one long
// word, `Snapchat/…` or `Instagram 302.0… (iPhone…` comes first, the YouTube bundle id says
// "google"); Lynx, w3m and Links look like a tool's `name/version`.
const APP_TOKENS =
  /\[FB(?:AN|_IAB)\/[^\]]*\]|\bcom\.google\.(?:ios|android)\.youtube\/[\d.]+|^Snapchat\/[\d.]+|^Instagram [\d.]+(?= \()|^(?:Lynx|w3m|ELinks)\/\S*|^Links(?= \()/gi;

/**
 * isbot's verdict, with the allow list's tokens masked first — isbot then judges the rest, so a
 * robot that names an app is still caught by its `bot`, `crawl` or `+https://…` — and extra
 * patterns for fetchers isbot misses. Measured against the labelled corpus in
 * `fixtures/user-agents.tsv` (bot-detection-corpus.test.ts).
 */
export function isAutomatedAgent(userAgent: string): boolean {
  if (FETCHERS.test(userAgent)) return true;
  const masked = userAgent.replace(APP_TOKENS, ' ');
  if (masked === userAgent) return isbot(userAgent);
  const rest = masked.trim();
  // Nothing but the token is the app itself; a bare `(device; OS)` comment would trip isbot's
  // "starts with a parenthesis" pattern, so it gets the prefix every browser has.
  if (rest === '') return false;
  return isbot(rest.startsWith('(') ? `Mozilla/5.0 ${rest}` : rest);
}

// isbot's large regular expression and two small ones per user agent; a busy isolate sees few
// distinct user agents, so the caller may keep the verdicts.
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
