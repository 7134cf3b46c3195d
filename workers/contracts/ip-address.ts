/** A syntactically valid IPv4 or IPv6 address as sent in a header (for `inet` columns), or null. */
export function parseIpAddress(text: string | null | undefined): string | null {
  if (!text) return null;
  const value = text.trim();
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(value)) return value;
  if (value.length <= 45 && value.includes(':') && /^[0-9a-fA-F:.]+$/.test(value)) {
    try {
      // The URL parser validates IPv6 syntax (including an embedded IPv4 tail) for us.
      new URL(`http://[${value}]/`);
      return value;
    } catch {
      return null;
    }
  }
  return null;
}
