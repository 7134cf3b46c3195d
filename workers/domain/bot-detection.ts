import { isbot } from 'isbot';
import type { BoundedMemo } from './bounded-memo';

export type AutomatedKind = 'bot' | 'prefetch';

// isbot runs one large regular expression; a busy isolate sees few distinct user agents, so the
// caller may keep the verdicts.
const knownBot = (userAgent: string, verdicts: BoundedMemo<string, boolean> | undefined): boolean =>
  verdicts ? (verdicts.get(userAgent) ?? verdicts.set(userAgent, isbot(userAgent))) : isbot(userAgent);

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
