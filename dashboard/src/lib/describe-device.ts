import UAParser from 'ua-parser-js';

/** "Chrome on Linux" from a stored user agent; null when it names neither a browser nor a system. */
export function describeDevice(userAgent: string | null): { browser: string; os: string } | null {
  if (!userAgent) return null;
  const parsed = new UAParser(userAgent).getResult();
  const browser = parsed.browser.name;
  const os = [parsed.os.name, parsed.os.version].filter(Boolean).join(' ');
  if (!browser && !os) return null;
  return { browser: browser ?? '?', os: os || '?' };
}
