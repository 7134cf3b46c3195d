import { parseIpAddress } from '../contracts/ip-address';

/**
 * Whether an address is on an allow-list of addresses and CIDR ranges (`203.0.113.7`,
 * `198.51.100.0/24`, `2001:db8::/32`). Compared as bytes, so `::1` and `0:0:0:0:0:0:0:1` are the
 * same address; an IPv4-mapped IPv6 address (`::ffff:203.0.113.7`) counts as its IPv4 address.
 */

function ipv4Bytes(ip: string): number[] {
  return ip.split('.').map(Number);
}

/** Bytes of a valid address (4 for IPv4, 16 for IPv6), or null. */
export function ipBytes(text: string): number[] | null {
  const ip = parseIpAddress(text);
  if (!ip) return null;
  if (!ip.includes(':')) return ipv4Bytes(ip);
  // The URL parser writes IPv6 in its canonical compressed form, with an IPv4 tail as hex.
  const canonical = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  const [head = '', tail] = canonical.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(8 - left.length - right.length).fill('0');
  const bytes = [...left, ...zeros, ...right].flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12) : bytes;
}

function inRange(address: number[], entry: string): boolean {
  const [base = '', bitsText] = entry.trim().split('/');
  const network = ipBytes(base);
  if (!network || network.length !== address.length) return false;
  const maxBits = network.length * 8;
  const bits = bitsText === undefined ? maxBits : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= maxBits)) return false;
  for (let i = 0; i < network.length; i++) {
    const take = Math.max(0, Math.min(8, bits - i * 8));
    const mask = take === 0 ? 0 : (0xff << (8 - take)) & 0xff;
    if ((network[i]! & mask) !== (address[i]! & mask)) return false;
  }
  return true;
}

/** False for a missing or invalid address: an allow-list never admits what it cannot read. */
export function ipAllowed(ip: string | null | undefined, allowList: readonly string[]): boolean {
  const address = ip ? ipBytes(ip) : null;
  return address !== null && allowList.some((entry) => inRange(address, entry));
}

/** Whether `entry` is an address or a CIDR range an allow-list can hold. */
export function isIpAllowEntry(entry: string): boolean {
  const [base = '', bitsText] = entry.trim().split('/');
  const network = ipBytes(base);
  if (!network) return false;
  if (bitsText === undefined) return true;
  return /^\d{1,3}$/.test(bitsText) && Number(bitsText) <= network.length * 8;
}
