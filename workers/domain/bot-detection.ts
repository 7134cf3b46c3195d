import { isbot } from 'isbot';
import type { BoundedMemo } from './bounded-memo';

/**
 * What a click's request looks like: a robot (refused as `bot`), a browser prefetch (refused,
 * 503), or doubtful (counted like a person's, and flagged: `isBot` on an accepted click).
 */
export type AutomatedKind = 'bot' | 'prefetch' | 'doubtful';

/** The user agent alone: a person, a robot, or doubtful (counted and flagged, never refused). */
export type UserAgentVerdict = 'person' | 'doubtful' | 'bot';

// Fetchers that isbot lets through as people: AI assistants fetching a page for a person
// (Amzn-User/0.1, Perplexity-User/1.0, …) and page-speed or screenshot tools that append their
// name to a stock Chrome user agent.
const FETCHERS = /\bamzn-user\b|\w-user\/\d|gtmetrix|\bylt chrome\/|miniature\.io\/|turingos/i;

// The allow list: tokens of browsers and apps whose users isbot counts as bots, masked before isbot
// judges the rest (so a robot that names one is still caught by its `bot`, `crawl`, `+https://…`):
// - apps' own user agents: the Facebook app's bare bracket, `Snapchat/…` or `Instagram 302.0…
//   (iPhone…` first, the YouTube bundle id (it says "google");
// - browsers that name themselves alone, like a tool's `name/version`: Lynx, w3m, Links, ELinks,
//   NetSurf, Dillo, Uzbl;
// - Google TV (it says "google"); Sogou's mobile browser and search app (isbot's "sogou" is meant
//   for its spiders, which still say "spider"); Alipay's `AlipayDefined(…|…)` and Taobao's
//   `TTID/…@taobao_…` (a pipe and an at-sign read as a robot's contact); WeChat's `Process/tools`
//   (its WebView process); a feature phone's `JavaPlatform/JP-…` and the bare `MAUI WAP Browser`;
//   a server edition named in the platform comment (`Windows Server 2022`: isbot's "server");
// - the app's own name in an Electron app's user agent (`Cursor/0.42.3 Chrome/… Electron/…`):
//   isbot names some of them; the app is then judged doubtful (below), not a robot.
const PEOPLE_TOKENS = new RegExp(
  [
    String.raw`\[FB(?:AN|_IAB)\/[^\]]*\]`,
    String.raw`\bcom\.google\.(?:ios|android)\.youtube\/[\d.]+`,
    String.raw`^Snapchat\/[\d.]+`,
    String.raw`^Instagram [\d.]+(?= \()`,
    String.raw`^(?:Lynx|w3m|ELinks|NetSurf|Dillo)\/\S*`,
    String.raw`^Links(?= \()`,
    String.raw`^Uzbl(?= \()`,
    String.raw`\bGoogle ?TV\b(?:[ /][\d.]+)?`,
    String.raw`\bSogou(?:MSE|MobileBrowser\/[\d.]+|Search(?: Android[\d.]+ version[\d.]+ AppVersion\/\d+)?)\b,?`,
    String.raw`\bAlipayDefined\([^)]*\)`,
    String.raw`\bTTID\/\S+`,
    String.raw`\bProcess\/tools\b`,
    String.raw`\bJavaPlatform\/JP-[\d.]+`,
    String.raw`^MAUI[_ ]WAP[_ ]Browser\b`,
    String.raw`(?<=\([^()]*)\b(?:Windows|Ubuntu|Debian|CentOS|SUSE|Red Hat) Server\b(?: \d[\d.]*(?: R2)?)?`,
    String.raw`\b[\w.-]+\/[\d.]+(?= Chrome\/[\d.]+ Electron\/)`,
  ].join('|'),
  'gi',
);

const STOCK_TAIL = ' AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

// Doubtful: a desktop app's embedded Chromium (Electron: VS Code, Cursor, Slack, Discord,
// Obsidian…; JetBrains' JCEF). Their users open links in their own browser; what arrives with
// these user agents is mostly the app fetching (link previews, an editor's link check), sometimes a
// person in an embedded view. Counted, and flagged for the conversions that follow.
const DOUBTFUL = /\bElectron\/\d|\bJCEF\b/;

/**
 * The verdict on a user agent: extra fetcher patterns first, then isbot on what the allow list's
 * tokens leave, then the doubtful families. Measured against the labelled corpus in
 * `fixtures/user-agents.tsv` (bot-detection-corpus.test.ts).
 */
export function judgeUserAgent(userAgent: string): UserAgentVerdict {
  if (FETCHERS.test(userAgent)) return 'bot';
  const masked = userAgent.replace(PEOPLE_TOKENS, ' ');
  const rest = masked.trim();
  // Nothing but the token is the app or browser itself. A bare `(device; OS)` comment would trip
  // isbot's patterns for short or parenthesised user agents, so it is judged inside a stock
  // browser's user agent: only its own words (`bot`, a contact URL…) can make it a robot.
  const judged = masked === userAgent ? userAgent : rest.startsWith('(') ? `Mozilla/5.0 ${rest}${STOCK_TAIL}` : rest;
  if (judged !== '' && isbot(judged)) return 'bot';
  return DOUBTFUL.test(userAgent) ? 'doubtful' : 'person';
}

/** Whether the user agent is a robot's (a doubtful one is not). */
export const isAutomatedAgent = (userAgent: string): boolean => judgeUserAgent(userAgent) === 'bot';

// isbot's large regular expression and a few small ones per user agent; a busy isolate sees few
// distinct user agents, so the caller may keep the verdicts.
const verdictOf = (userAgent: string, verdicts: BoundedMemo<string, UserAgentVerdict> | undefined): UserAgentVerdict =>
  verdicts
    ? (verdicts.get(userAgent) ?? verdicts.set(userAgent, judgeUserAgent(userAgent)))
    : judgeUserAgent(userAgent);

/**
 * Clicks that are not plainly a person following a link: crawlers and link unfurlers (known user
 * agents, or none at all) and HEAD requests are `bot`; browser prefetches (`Sec-Purpose: prefetch`,
 * or the older `Purpose`/`X-Purpose`/`X-Moz` headers) are `prefetch`; a doubtful family is
 * `doubtful` (counted, flagged).
 */
export function detectAutomated(
  method: string,
  headers: Headers,
  userAgent: string | null = headers.get('user-agent'),
  verdicts?: BoundedMemo<string, UserAgentVerdict>,
): AutomatedKind | null {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return 'prefetch';
  if (method === 'HEAD' || !userAgent) return 'bot';
  const verdict = verdictOf(userAgent, verdicts);
  return verdict === 'person' ? null : verdict;
}
