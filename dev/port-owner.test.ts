import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { listeningInodes, portOwner, portTakenMessage } from './port-owner';

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
    const wanted = { port: 8787, name: 'the Worker, wrangler dev', env: 'PORT' };
    const orphan = portTakenMessage(wanted, { pid: 120, pgid: 100, command: 'workerd serve' });
    expect(orphan).toContain('Port 8787 (the Worker, wrangler dev) is already in use by pid 120: workerd serve');
    expect(orphan).toContain('`kill 120`');
    expect(orphan).toContain('`kill -- -100`');
    expect(orphan).toContain('PORT=<port> npm start');
    expect(portTakenMessage(wanted, { pid: 100, pgid: 100, command: 'x' })).not.toContain('kill -- -');
    expect(portTakenMessage(wanted, undefined)).toContain("ss -ltnp 'sport = :8787'");
  });
});
