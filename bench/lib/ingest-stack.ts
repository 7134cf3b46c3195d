// The ingest benchmarks' local stack: embedded Postgres 18 (temp dir, deleted on stop), the
// WebSocket relay in a process of its own, migrations, tenants, and a steady-state history of
// clicks that every run starts from.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Pool } from '@neondatabase/serverless';
import { freePort } from '../../dev/free-port';
import { migrateDatabase } from '../../dev/migrate';
import { nodeDb, nodePool } from '../../dev/neon-node';
import { startPostgres, type LocalPostgres } from '../../dev/postgres';
import { createTenant } from '../../test/tenant';
import type { ResolvedCode } from '../../workers/domain/click-status';
import type { Config } from '../../workers/env';
import type { ClickMessage } from '../../workers/contracts/click-message';
import { hashFingerprints } from '../../workers/services/tracking/hash-fingerprints';
import { COPY_COLUMNS, csvRow, generateClicks, type BenchTenant } from './clicks';
import { childPids, treeCpuSeconds } from './machine';
import { CLICK_ROLLUP_TABLES } from '../../workers/services/click-rollup-ctes';

const root = fileURLToPath(new URL('../..', import.meta.url));
export type Db = ReturnType<typeof nodeDb>;

export interface CpuSplit {
  node: number;
  relay: number;
  postgres: number;
}
export const cpuDelta = (a: CpuSplit, b: CpuSplit): CpuSplit => ({
  node: b.node - a.node,
  relay: b.relay - a.relay,
  postgres: b.postgres - a.postgres,
});

export interface RelayProcess {
  child: ChildProcess;
  proxy: string;
  /** SIGTERM, then gives up waiting after 3 s (the process also ends with the benchmark's stdin). */
  stop(): Promise<void>;
}

export async function startRelayProcess(pgPort: number): Promise<RelayProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'bench/lib/relay-process.ts'), String(pgPort)],
    {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    );
  });
  const stop = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
  };
  return { child, proxy: `localhost:${port}/v1`, stop };
}

/** World-readable, straight in the temp dir: the server reads it as its own OS user. */
export async function writeCsv(messages: ClickMessage[], byRefCode: Map<string, ResolvedCode>): Promise<string> {
  const file = path.join(os.tmpdir(), `bench-ingest-${process.pid}-${randomUUID()}.csv`);
  // The same hashes the consumer computes, so COPY writes the same rows.
  const fingerprints = await hashFingerprints(messages);
  writeFileSync(file, `${messages.map((m, i) => csvRow(m, fingerprints[i]!, byRefCode)).join('\n')}\n`, {
    mode: 0o644,
  });
  return file;
}

export const copyStatement = (file: string) =>
  `COPY affiliate.clicks (${COPY_COLUMNS.join(', ')}) FROM '${file}' WITH (FORMAT csv)`;

/** Every table click ingest writes: emptied before each run, so no run starts from another's rows or meter. */
const WRITTEN_BY_INGEST = [
  'clicks',
  ...CLICK_ROLLUP_TABLES,
  'enrollment_totals',
  'plan_click_usage',
  'click_rollups_derived',
].map((t) => `affiliate.${t}`);

export interface IngestStack {
  url: string;
  proxy: string;
  admin: Db;
  tenants: BenchTenant[];
  byRefCode: Map<string, ResolvedCode>;
  /** What the consumer would carry; recordClicks reads only ctx.db. */
  config: Config;
  relayPid: number;
  postmasterPid: number;
  /** The wall-clock origin of generated traffic: history before now − 1 h, measured clicks in the last hour. */
  now: number;
  settingsLine: string;
  /**
   * Empties clicks, rollups, totals and the plan meter, reloads the history, starts the
   * click-rollups job's clock at the measured hour, VACUUM ANALYZE: the same start for every run.
   */
  reset(): Promise<void>;
  cpuNow(): CpuSplit;
  stop(): Promise<void>;
}

export async function startIngestStack(opts: {
  tenants: number;
  history: number;
  extraSql?: string | undefined;
  /** More Postgres settings (startPostgres). */
  pgSettings?: readonly string[];
}): Promise<IngestStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-ingest-pg-'));
  let pg: LocalPostgres | undefined;
  let relay: RelayProcess | undefined;
  let pool: Pool | undefined;
  let historyFile: string | undefined;
  const stop = async () => {
    await pool?.end().catch(() => {});
    await relay?.stop();
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (historyFile) rmSync(historyFile, { force: true });
  };
  try {
    pg = await startPostgres({ dir, port: await freePort(), persistent: false, settings: opts.pgSettings ?? [] });
    const postmasterPid = childPids(process.pid, 'postgres')[0] ?? -1;
    relay = await startRelayProcess(pg.port);
    const relayPid = relay.child.pid!;
    await pg.admin('CREATE DATABASE bench');
    const url = pg.url('bench');
    await migrateDatabase(url, relay.proxy);
    pool = nodePool(url, relay.proxy);
    const admin = nodeDb(pool);
    if (opts.extraSql) await admin.execute(opts.extraSql);
    const tenants: BenchTenant[] = [];
    for (let i = 0; i < opts.tenants; i++) {
      const t = await createTenant(admin);
      tenants.push({
        organizationId: t.org.id,
        appId: t.app.id,
        programId: t.program.id,
        enrollmentId: t.enrollment.id,
        affiliateId: t.affiliate.id,
        refCode: t.enrollment.refCode,
      });
    }
    // A plan with a monthly click limit far above what the runs write: every batch pays the plan
    // check and the meter, and no click goes over the plan (test/tenant.ts puts tenants on starter,
    // whose 100,000 clicks a run would cross).
    await admin.execute(
      `UPDATE affiliate.organizations SET plan_id = (SELECT id FROM affiliate.plans WHERE code = 'business') WHERE id IN (${tenants.map((t) => `'${t.organizationId}'`).join(', ')})`,
    );
    const byRefCode = new Map<string, ResolvedCode>(
      tenants.map((t) => [
        t.refCode,
        {
          enrollmentId: t.enrollmentId,
          enrollmentStatus: 'active',
          programId: t.programId,
          programStatus: 'active',
          organizationId: t.organizationId,
          appId: t.appId,
          affiliateId: t.affiliateId,
          linkId: null,
          allowedDomains: ['app.example'],
        },
      ]),
    );
    const now = Date.now();
    if (opts.history > 0) {
      historyFile = await writeCsv(
        generateClicks({ count: opts.history, tenants, from: now - 24 * 3_600_000, to: now - 3_600_000, seed: 424242 }),
        byRefCode,
      );
    }
    const settings = (
      await admin.execute(
        `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'server_version') ORDER BY name`,
      )
    ).rows as { name: string; setting: string }[];
    return {
      url,
      proxy: relay.proxy,
      admin,
      tenants,
      byRefCode,
      relayPid,
      postmasterPid,
      now,
      config: { DATABASE_URL: url, NEON_WS_PROXY: relay.proxy, PLAN_CLICK_GRACE_PERCENT: 10 } as unknown as Config,
      settingsLine: `embedded Postgres ${settings.map((r) => `${r.name}=${r.setting}`).join(', ')} (dev/postgres.ts flags; shared_buffers in 8 kB pages); postmaster pid ${postmasterPid}, relay in its own process (pid ${relayPid})`,
      async reset() {
        await admin.execute(`TRUNCATE ${WRITTEN_BY_INGEST.join(', ')}`);
        if (historyFile) await admin.execute(copyStatement(historyFile));
        // As in production once the click-rollups job runs: it has summed every hour before the
        // measured clicks' (the current one), so ingest leaves the rollups of their hour to it.
        await admin.execute(
          `INSERT INTO affiliate.click_rollups_derived (id, derived_through) VALUES (1, date_trunc('hour', '${new Date(now).toISOString()}'::timestamptz, 'UTC'))`,
        );
        await admin.execute(`VACUUM ANALYZE ${WRITTEN_BY_INGEST.join(', ')}`);
      },
      cpuNow() {
        const u = process.cpuUsage();
        return {
          node: (u.user + u.system) / 1e6,
          relay: treeCpuSeconds(relayPid),
          postgres: treeCpuSeconds(postmasterPid),
        };
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
