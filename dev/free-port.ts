import { readFileSync } from 'node:fs';
import { portIsFree } from './port-owner';

/**
 * A TCP port that was free a moment ago, taken from below the kernel's ephemeral range.
 *
 * Why not port 0: the OS hands out ports from the ephemeral range, the same range every outgoing
 * connection (the database proxy's sockets, fetches to the local providers) takes its local port
 * from. Between this check and the moment workerd binds the port, seconds can pass, and a CI run
 * once lost an e2e file to an outgoing socket that had taken it. Below the range only listeners
 * compete, and those pick at random here, so a collision needs two of our own to draw the same
 * number within the same seconds.
 */
export async function freePort(range: [low: number, high: number] = listenRange()): Promise<number> {
  const [low, high] = range;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = low + Math.floor(Math.random() * (high - low));
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port between ${low} and ${high}`);
}

/** Ports to listen on: those below the ephemeral range, from 10000 (clear of common services). */
function listenRange(): [number, number] {
  let ephemeralLow = 32768;
  try {
    const [first] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    ephemeralLow = Number(first) || ephemeralLow;
  } catch {
    // Not Linux: keep the usual default.
  }
  // A kernel configured with a very low ephemeral range leaves nothing below it; use the top instead.
  return ephemeralLow > 15000 ? [10000, ephemeralLow] : [61000, 65535];
}
