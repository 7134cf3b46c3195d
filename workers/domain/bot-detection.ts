import { isbot } from 'isbot';

export type AutomatedKind = 'bot' | 'prefetch';

// isbot runs one large regular expression; a busy isolate sees few distinct user agents.
const verdicts = new Map<string, boolean>();
const VERDICTS_MAX = 5_000;

function knownBot(userAgent: string): boolean {
  let verdict = verdicts.get(userAgent);
  if (verdict === undefined) {
    verdict = isbot(userAgent);
    if (verdicts.size >= VERDICTS_MAX) verdicts.clear();
    verdicts.set(userAgent, verdict);
  }
  return verdict;
}

/**
 * Clicks that are not a person following a link: crawlers and link unfurlers (known user agents,
 * or none at all), HEAD requests, and browser prefetches (`Sec-Purpose: prefetch`, or the older
 * `Purpose`/`X-Purpose`/`X-Moz` headers).
 */
export function detectAutomated(
  method: string,
  headers: Headers,
  userAgent: string | null = headers.get('user-agent'),
): AutomatedKind | null {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return 'prefetch';
  if (method === 'HEAD') return 'bot';
  if (!userAgent || knownBot(userAgent)) return 'bot';
  return null;
}
