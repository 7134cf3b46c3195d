import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port a local stack listens on, with what it is for and the variable that moves it. */
export interface WantedPort {
  port: number;
  name: string;
  env: string;
}

export interface PortOwner {
  pid: number;
  /** Its process group: a `wrangler dev` left behind runs in one of its own, with its workerd. */
  pgid: number;
  command: string;
}

/** Whether nothing listens on `port` (127.0.0.1, where our servers bind; a listener on any address counts). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The socket inodes listening on `port` in a /proc/net/tcp or tcp6 table. */
export function listeningInodes(table: string, port: number): string[] {
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length > 9 && f[3] === '0A' && Number.parseInt(f[1]!.split(':')[1]!, 16) === port)
    .map((f) => f[9]!);
}

function readOr(path: string, fallback = ''): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * Which process listens on `port`, from /proc (Linux): the socket's inode in /proc/net/tcp{,6}, then the process
 * holding that inode among its file descriptors. Undefined elsewhere, or when the process belongs to a user whose
 * descriptors we may not read.
 */
export function portOwner(port: number): PortOwner | undefined {
  const inodes = new Set(['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) => listeningInodes(readOr(table), port)));
  if (inodes.size === 0) return undefined;
  const sockets = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (!sockets.has(target)) continue;
      const pid = Number(entry);
      const stat = readOr(`/proc/${entry}/stat`);
      const pgid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) || pid;
      const command = readOr(`/proc/${entry}/cmdline`).split('\0').filter(Boolean).join(' ');
      return { pid, pgid, command };
    }
  }
  return undefined;
}

/** What to tell someone whose ports are taken by one process: which ports, by what, and how to end it. */
export function portTakenMessage(wanted: readonly WantedPort[], owner: PortOwner | undefined): string {
  const ports = wanted.map((w) => `${w.port} (${w.name})`).join(', ');
  const what = `${wanted.length > 1 ? 'Ports' : 'Port'} ${ports} ${wanted.length > 1 ? 'are' : 'is'} already in use`;
  if (!owner) {
    const port = wanted[0]!.port;
    return `${what} by a process this user cannot see.\n  Find it with \`ss -ltnp 'sport = :${port}'\` (or \`lsof -i :${port}\`) and stop it.`;
  }
  const command = owner.command.length > 120 ? `${owner.command.slice(0, 120)}…` : owner.command;
  const group =
    owner.pgid !== owner.pid
      ? `, or its whole process group (an npm start or a wrangler dev left behind, with its workerd): \`kill -- -${owner.pgid}\``
      : '';
  return `${what} by pid ${owner.pid}: ${command}\n  Stop it with \`kill ${owner.pid}\`${group}.`;
}

/** The messages for the wanted ports that are taken, one per process holding them; empty when all are free. */
export async function takenPorts(wanted: readonly WantedPort[]): Promise<string[]> {
  const byOwner = new Map<string, { owner: PortOwner | undefined; ports: WantedPort[] }>();
  for (const port of wanted) {
    if (await portIsFree(port.port)) continue;
    const owner = portOwner(port.port);
    const key = owner ? String(owner.pid) : `unknown ${port.port}`;
    const entry = byOwner.get(key) ?? { owner, ports: [] };
    entry.ports.push(port);
    byOwner.set(key, entry);
  }
  if (byOwner.size === 0) return [];
  const taken = [...byOwner.values()];
  const move = taken.flatMap((entry) => entry.ports.map((port) => `${port.env}=<port>`)).join(' ');
  return [
    ...taken.map((entry) => portTakenMessage(entry.ports, entry.owner)),
    `Or start this one on other ports: ${move} npm start`,
  ];
}
