import { isbot } from 'isbot';

export type AutomatedKind = 'bot' | 'prefetch';

/**
 * Clicks that are not a person following a link: crawlers and link unfurlers (known user agents,
 * or none at all), HEAD requests, and browser prefetches (`Sec-Purpose: prefetch`, or the older
 * `Purpose`/`X-Purpose`/`X-Moz` headers).
 */
export function detectAutomated(method: string, headers: Headers): AutomatedKind | null {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return 'prefetch';
  if (method === 'HEAD') return 'bot';
  const userAgent = headers.get('user-agent');
  if (!userAgent || isbot(userAgent)) return 'bot';
  return null;
}
