import { type Client, neonConfig } from '@neondatabase/serverless';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import ws from 'ws';
import { nodePool } from '../../dev/neon-node';
import { createTestDatabase } from '../database';
import { eventually } from '../eventually';

// The run's relay (test/global-setup.ts) lends the test clones pooled server connections (dev/relay.ts). A client
// must never see what an earlier one left behind, and a database tests clone from must never be held open.

let url: string;
let proxy: string;
beforeAll(async () => {
  neonConfig.webSocketConstructor = ws;
  ({ url, proxy } = await createTestDatabase());
  await once(url, (c) => c.query('CREATE TABLE relay_probe (n int)'));
});

/** One client, as a Worker's request has: connects, runs `work`, ends (a Terminate to the relay). */
async function once<T>(databaseUrl: string, work: (c: Client) => Promise<T>): Promise<T> {
  const pool = nodePool(databaseUrl, proxy);
  try {
    const client = await pool.connect();
    try {
      return await work(client as unknown as Client);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

const pid = (c: Client) => c.query('SELECT pg_backend_pid() AS pid').then((r) => r.rows[0].pid as number);

/** A server process as Postgres reports it, read over the maintenance database (never pooled). */
const activity = (serverPid: number) =>
  once(url.replace(/\/[^/]+$/, '/postgres'), (c) =>
    c
      .query('SELECT state, query FROM pg_stat_activity WHERE pid = $1', [serverPid])
      .then((r) => r.rows[0] as { state: string; query: string } | undefined),
  );
const wasReset = (a: { state: string; query: string } | undefined) => a?.state === 'idle' && a.query === 'DISCARD ALL';

/** Waits until the relay has reset the process its last client left (the next client would otherwise get a new one). */
const parked = (serverPid: number) =>
  eventually(
    async () => (wasReset(await activity(serverPid)) ? true : undefined),
    undefined,
    `process ${serverPid} reset`,
  );

describe('the pooled relay', () => {
  it('lends the next client the same server process, with nothing of the last session left', async () => {
    const first = await once(url, async (c) => {
      await c.query("SET work_mem = '7MB'");
      await c.query('CREATE TEMP TABLE scratch (n int)');
      await c.query('PREPARE probe AS SELECT 1');
      await c.query('SELECT pg_advisory_lock(42)');
      await c.query('LISTEN relay_probe');
      return pid(c);
    });
    await parked(first);
    const next = await once(url, async (c) => ({
      pid: await pid(c),
      workMem: (await c.query('SHOW work_mem')).rows[0].work_mem,
      temp: (await c.query("SELECT to_regclass('pg_temp.scratch') AS t")).rows[0].t,
      prepared: Number((await c.query('SELECT count(*) AS n FROM pg_prepared_statements')).rows[0].n),
      locks: Number((await c.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'")).rows[0].n),
      listening: (await c.query('SELECT pg_listening_channels() AS c')).rows.length,
    }));
    expect(next).toEqual({ pid: first, workMem: '4MB', temp: null, prepared: 0, locks: 0, listening: 0 });
  });

  it('rolls back the transaction a client left open, and the next client starts outside one', async () => {
    const first = await once(url, async (c) => {
      await c.query('BEGIN');
      await c.query('INSERT INTO relay_probe VALUES (1)');
      return pid(c);
    });
    await parked(first);
    const next = await once(url, async (c) => ({
      pid: await pid(c),
      rows: Number((await c.query('SELECT count(*) AS n FROM relay_probe')).rows[0].n),
      // now() is the transaction's start: equal to the statement's only outside an open transaction.
      outside: (await c.query('SELECT now() = statement_timestamp() AS outside')).rows[0].outside,
    }));
    expect(next).toEqual({ pid: first, rows: 0, outside: true });
  });

  it('rolls back a failed transaction too', async () => {
    const first = await once(url, async (c) => {
      const own = await pid(c);
      await c.query('BEGIN');
      await c.query('INSERT INTO relay_probe VALUES (2)');
      await expect(c.query('SELECT 1/0')).rejects.toThrow(/division by zero/);
      return own;
    });
    await parked(first);
    expect(await once(url, (c) => c.query('SELECT count(*) AS n FROM relay_probe').then((r) => r.rows[0].n))).toBe('0');
  });

  it('closes a server connection whose client left in the middle of a statement', async () => {
    const pool = nodePool(url, proxy);
    const client = await pool.connect();
    const first = await pid(client as unknown as Client);
    const sleeping = client.query('SELECT pg_sleep(1)').catch(() => 'ended');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Ends the client (its Terminate goes out while the statement runs) and drops it from the pool.
    client.release(true);
    await sleeping;
    await pool.end();
    // Closed, the process ends once its statement does; kept, it would run the reset instead and stay.
    const fate = await eventually(
      async () => {
        const a = await activity(first);
        return a === undefined ? 'ended' : wasReset(a) ? 'kept' : undefined;
      },
      undefined,
      `the end of process ${first}`,
    );
    expect(fate).toBe('ended');
    expect(await once(url, pid)).not.toBe(first);
  });

  it("passes the server's refusal of a wrong password on to the client", async () => {
    const wrong = url.replace('postgres:postgres@', 'postgres:not-the-password@');
    await expect(once(wrong, pid)).rejects.toThrow(/password authentication failed/);
  });

  it('gives the template its own connection, so cloning it right after is never blocked', async () => {
    const template = url.replace(/\/[^/]+$/, `/${inject('templateDb')}`);
    await once(template, pid);
    const name = `relay_clone_${crypto.randomUUID().replaceAll('-', '')}`;
    const admin = url.replace(/\/[^/]+$/, '/postgres');
    await once(admin, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`));
    await once(admin, (c) => c.query(`DROP DATABASE ${name}`));
  });
});
