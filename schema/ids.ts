// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version, 74 random bits. Generated in the app
// so nothing depends on Postgres 18's uuidv7() (Neon's version may lag), and so the click time
// can be recovered from a click id at the edge and in the consumer.

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Random bytes come from the CSPRNG 4 KiB at a time, each used for one id only: a click id per
 * redirect would otherwise cost a runtime call and a buffer of its own.
 */
const POOL_SIZE = 4096;
const RANDOM_BYTES = 10; // 74 random bits, after the version and variant bits are set
let pool = new Uint8Array(0);
let poolAt = 0;

const hex = (byte: number) => HEX[byte]!;

export function uuidv7(nowMs: number = Date.now()): string {
  if (poolAt + RANDOM_BYTES > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    poolAt = 0;
  }
  const r = pool;
  const i = poolAt;
  poolAt += RANDOM_BYTES;
  // 48-bit big-endian millisecond timestamp; split because bitwise ops are 32-bit in JS.
  const high = Math.floor(nowMs / 2 ** 16);
  const low = nowMs % 2 ** 16;
  return (
    hex((high >>> 24) & 0xff) +
    hex((high >>> 16) & 0xff) +
    hex((high >>> 8) & 0xff) +
    hex(high & 0xff) +
    '-' +
    hex((low >>> 8) & 0xff) +
    hex(low & 0xff) +
    '-' +
    hex(0x70 | (r[i]! & 0x0f)) +
    hex(r[i + 1]!) +
    '-' + // version 7
    hex(0x80 | (r[i + 2]! & 0x3f)) +
    hex(r[i + 3]!) +
    '-' + // RFC 4122 variant
    hex(r[i + 4]!) +
    hex(r[i + 5]!) +
    hex(r[i + 6]!) +
    hex(r[i + 7]!) +
    hex(r[i + 8]!) +
    hex(r[i + 9]!)
  );
}

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isUuidv7(value: string): boolean {
  return UUID_V7.test(value);
}

/** Milliseconds since the epoch encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/**
 * Stands for "no enrollment/affiliate/program/link" in the stats rollups' keys (a primary key cannot hold NULL):
 * a report groups a conversion no affiliate was credited with under it, and the dashboard names it "Not attributed".
 */
export const ROLLUP_NONE_ID = '00000000-0000-0000-0000-000000000000';
