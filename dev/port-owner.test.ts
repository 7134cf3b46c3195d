import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { listeningInodes, portOwner, portTakenMessage, takenPorts } from './port-owner';

const TABLE = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:2253 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4242 1 0000000000000000 100 0 0 10 0
   1: 0100007F:2253 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 4343 1 0000000000000000 20 4 30 10 -1
   2: 00000000:D431 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4444 1 0000000000000000 100 0 0 10 0`;

describe('port owner', () => {
  it('reads the listening sockets of a port from /proc/net/tcp, not its connections', () => {
    expect(listeningInodes(TABLE, 8787)).toEqual(['4242']);
    expect(listeningInodes(TABLE, 54321)).toEqual(['4444']);
    expect(listeningInodes(TABLE, 9999)).toEqual([]);
  });

  it('finds the process listening on a port, with its group and command line', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(portOwner(port)).toMatchObject({ pid: process.pid, pgid: expect.any(Number) });
      expect(portOwner(port)!.command).toContain('node');
    } finally {
      server.close();
    }
    expect(portOwner(port)).toBeUndefined();
  });

  it('says how to stop the owner, its group when it leads none, or how to find one it cannot see', () => {
    const worker = { port: 8787, name: 'the Worker, wrangler dev', env: 'PORT' };
    const relay = { port: 54321, name: 'the database relay', env: 'RELAY_PORT' };
    const orphan = portTakenMessage([worker], { pid: 120, pgid: 100, command: 'workerd serve' });
    expect(orphan).toContain('Port 8787 (the Worker, wrangler dev) is already in use by pid 120: workerd serve');
    expect(orphan).toContain('`kill 120`');
    expect(orphan).toContain('`kill -- -100`');
    const both = portTakenMessage([worker, relay], { pid: 100, pgid: 100, command: 'node dev/start.ts' });
    expect(both).toContain(
      'Ports 8787 (the Worker, wrangler dev), 54321 (the database relay) are already in use by pid 100',
    );
    expect(both).not.toContain('kill -- -');
    expect(portTakenMessage([worker], undefined)).toContain("ss -ltnp 'sport = :8787'");
  });

  it('names each process holding ports once, and the variables that move them', async () => {
    const [a, b] = [await freePort(), await freePort()];
    const servers = [createServer(), createServer()];
    await Promise.all(servers.map((server, i) => new Promise<void>((r) => server.listen([a, b][i], '127.0.0.1', r))));
    try {
      const messages = await takenPorts([
        { port: a, name: 'one', env: 'ONE_PORT' },
        { port: b, name: 'two', env: 'TWO_PORT' },
        { port: await freePort(), name: 'free', env: 'FREE_PORT' },
      ]);
      expect(messages).toEqual([
        expect.stringContaining(`Ports ${a} (one), ${b} (two) are already in use by pid ${process.pid}: `),
        'Or start this one on other ports: ONE_PORT=<port> TWO_PORT=<port> npm start',
      ]);
    } finally {
      for (const server of servers) server.close();
    }
  });
});
