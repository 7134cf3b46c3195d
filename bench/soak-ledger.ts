// Money invariants at scale: a seeded stream of events through the real service verbs against a
// real Postgres (embedded, through the Neon driver and the WebSocket relay, as the benchmarks do),
// with the ledger checked every SOAK_CHECK_EVERY events. Not a test and not part of npm test.
//
//   npm run soak:ledger
//   SOAK_EVENTS=20000 SOAK_SEED=7 SOAK_CHECK_EVERY=5000 SOAK_WRITERS=4 npm run soak:ledger
//   SOAK_DATABASE_URL=postgres://… SOAK_WS_PROXY=localhost:4444/v1 npm run soak:ledger   # an existing, migrated, empty database
//
// The mix (bench/lib/soak-plan.ts MIX; docs in bench/README.md): each simulated day is one round of
// ~2,000 events: 1,700 clicks ingested in batches of 100 (3 % of batches delivered twice at once),
// 255 conversions (sales, leads, rebills of earlier customers; 6 % arrive before their click and are
// retried, 2 % come too soon after the click and are flagged, 5 % of deliveries are sent 2–3 times
// at once), refunds (partial or whole, of recent sales still on hold and of older ones already paid),
// cancels, racing refunds of one sale, reviews; then the day's crons: attribution sweep, hold
// release, send recovery, PayPal webhooks (10 % twice at once, 10 % lost), result polling, late
// results; and every third day a payout run through every send path and PayPal item outcome.
// Clicks are most of the events because ingest is ~100× cheaper than a conversion: this keeps the
// full million near 15–25 minutes on two cores while still settling ~150,000 conversions.
import { prng } from '../dev/prng';
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { startPayPalServer } from '../dev/paypal-server';
import { type LocalPostgres, startPostgres } from '../dev/postgres';
import type { ServiceContext } from '../workers/context';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { runCheckpoint } from './lib/soak-invariants';
import { moneyDay, type PayoutDesk } from './lib/soak-payouts';
import { createPlanner } from './lib/soak-plan';
import { drainRetries, ingestClicks, runStep, type Traffic } from './lib/soak-traffic';
import { seedWorld } from './lib/soak-world';
import { startRelayProcess } from './lib/ingest-stack';
import { childPids, machineLine, treeCpuSeconds } from './lib/machine';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const EVENTS = Number(process.env.SOAK_EVENTS ?? 1_000_000);
const SEED = Number(process.env.SOAK_SEED ?? 20_261_123);
const CHECK_EVERY = Number(process.env.SOAK_CHECK_EVERY ?? 100_000);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 4);
const CLICKS_PER_ROUND = Number(process.env.SOAK_CLICKS_PER_ROUND ?? 1_700);
const AFFILIATES = Number(process.env.SOAK_AFFILIATES ?? 32);
const PAYOUT_EVERY_DAYS = 3;
const DAY_MS = 86_400_000;
const PAYPAL = { clientId: 'soak-client', clientSecret: 'soak-secret', webhookId: 'SOAKWEBHOOK1' };

/** The database: SOAK_DATABASE_URL as given, or an embedded Postgres and relay of our own. */
interface Database {
  url: string;
  proxy: string;
  /** CPU seconds so far of the embedded Postgres and the relay (0 for a database given by URL). */
  cpu(): { postgres: number; relay: number };
  stop(): Promise<void>;
}

async function database(): Promise<Database> {
  if (process.env.SOAK_DATABASE_URL) {
    const proxy = process.env.SOAK_WS_PROXY;
    if (!proxy) throw new Error('SOAK_WS_PROXY (the relay, e.g. localhost:4444/v1) goes with SOAK_DATABASE_URL');
    return { url: process.env.SOAK_DATABASE_URL, proxy, cpu: () => ({ postgres: 0, relay: 0 }), stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'soak-ledger-pg-'));
  let pg: LocalPostgres | undefined;
  try {
    pg = await startPostgres({ dir, port: await freePort(), persistent: false });
    const postmaster = childPids(process.pid, 'postgres')[0] ?? -1;
    const relay = await startRelayProcess(pg.port);
    await pg.admin('CREATE DATABASE soak');
    const url = pg.url('soak');
    await migrateDatabase(url, relay.proxy);
    return {
      url,
      proxy: relay.proxy,
      cpu: () => ({ postgres: treeCpuSeconds(postmaster), relay: treeCpuSeconds(relay.child.pid!) }),
      async stop() {
        relay.child.kill('SIGTERM');
        await pg?.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await pg?.stop();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The conversions queue, held in memory: the runner plays its consumer (drainRetries). */
function retryQueue(retries: string[]): Queue<unknown> {
  const take = (body: unknown) => void retries.push((body as { conversionId: string }).conversionId);
  return {
    send: async (body: unknown) => take(body),
    sendBatch: async (messages: { body: unknown }[]) => messages.forEach((m) => take(m.body)),
  } as unknown as Queue<unknown>;
}

const discard = { send: async () => {}, sendBatch: async () => {} } as unknown as Queue<unknown>;

function report(counts: Record<string, number>, events: number, started: number, last: { at: number; events: number }) {
  const now = performance.now();
  const overall = Math.round(events / ((now - started) / 1000));
  const since = Math.round((events - last.events) / ((now - last.at) / 1000));
  console.log(
    `\n== ${events.toLocaleString('en-US')} events, ${((now - started) / 1000).toFixed(0)} s: ${overall} events/s overall, ${since} since the last checkpoint`,
  );
  const mix = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b));
  console.log(`   mix: ${mix.map(([k, v]) => `${k}=${v}`).join(' ')}`);
  last.at = now;
  last.events = events;
}

async function main() {
  console.log(
    `${machineLine()}\nsoak:ledger seed ${SEED}, ${EVENTS} events, check every ${CHECK_EVERY}, ${WRITERS} writers`,
  );
  const db = await database();
  const paypal = await startPayPalServer({ port: await freePort(), ...PAYPAL, processingDelayMs: 200 });
  const pools = Array.from({ length: WRITERS + 1 }, () => nodePool(db.url, db.proxy));
  let failed = false;
  try {
    const admin = nodeDb(pools[0]!);
    const world = await seedWorld(admin, { affiliates: AFFILIATES });
    const counts: Record<string, number> = {};
    let events = 0;
    const count = (what: string, n = 1) => {
      counts[what] = (counts[what] ?? 0) + n;
      events += n;
    };
    const retries: string[] = [];
    const config = {
      DATABASE_URL: db.url,
      NEON_WS_PROXY: db.proxy,
      PAYPAL_BASE_URL: paypal.url,
      PAYPAL_CLIENT_ID: PAYPAL.clientId,
      PAYPAL_CLIENT_SECRET: PAYPAL.clientSecret,
      PAYPAL_WEBHOOK_ID: PAYPAL.webhookId,
      CONVERSIONS: retryQueue(retries),
      POSTBACKS: discard,
      NOTIFICATIONS: discard,
    } as unknown as Config;
    const log = createLogger();
    // The simulated clock: one day per round, starting now; every verb reads ctx.now.
    let clock = Date.now();
    const ctxOf = (i: number): ServiceContext => ({ db: nodeDb(pools[i]!), config, now: new Date(clock), log });
    const traffic: Traffic = {
      world,
      count,
      clickIds: new Map(),
      programOf: new Map(),
      flagged: [],
      retries,
      errors: [],
      latency: new Map(),
    };
    const desk: PayoutDesk = {
      world,
      paypalUrl: paypal.url,
      count,
      rnd: prng(SEED ^ 0x5eed),
      awaiting: new Set(),
      handled: new Set(),
      errors: traffic.errors,
    };
    const planner = createPlanner({
      seed: SEED,
      programs: world.programs,
      affiliates: world.affiliates.length,
      clicksPerRound: CLICKS_PER_ROUND,
      clicksPerBatch: 100,
    });
    const lanes = (n: number) => Array.from({ length: WRITERS }, (_, w) => w).filter((w) => w < n);
    const started = performance.now();
    const last = { at: started, events: 0 };
    let clicksWritten = 0;
    let nextCheck = CHECK_EVERY;
    const lastCpu = { total: 0, events: 0 };
    // Wall time per phase, so a slow run says where it spent it.
    const phases: Record<string, number> = {};
    const timed = async (phase: string, work: () => Promise<unknown>) => {
      const at = performance.now();
      await work();
      phases[phase] = (phases[phase] ?? 0) + (performance.now() - at) / 1000;
    };
    // Ctrl-C ends the round in flight, runs a last checkpoint and stops Postgres and the relay.
    let interrupted = false;
    process.once('SIGINT', () => {
      interrupted = true;
      console.log('\ninterrupted: finishing this round, then a last checkpoint');
    });
    for (let round = 0; events < EVENTS && !interrupted; round++) {
      const plan = planner.next();
      traffic.clickIds.clear();
      // Clicks first (traffic and the clicks that convert), spread over the writers.
      const batches = plan.clickBatches;
      await timed('clicks', () =>
        Promise.all(
          lanes(batches.length).map(async (w) => {
            for (let b = w; b < batches.length; b += WRITERS)
              await ingestClicks(ctxOf(w + 1), traffic, batches[b]!, plan.redelivered.includes(b) ? 2 : 1);
          }),
        ),
      );
      clicksWritten += batches.reduce((n, b) => n + b.length, 0);
      // Conversions, refunds, cancels, reviews, dealt to the writers.
      await timed('conversions', () =>
        Promise.all(
          lanes(plan.steps.length).map(async (w) => {
            for (let i = w; i < plan.steps.length; i += WRITERS) await runStep(ctxOf(w + 1), traffic, plan.steps[i]!);
          }),
        ),
      );
      // Out of order: the queue retries once before the late clicks land (still waiting), once after.
      const consumers = lanes(WRITERS).map((w) => ctxOf(w + 1));
      await timed('late clicks', async () => {
        await drainRetries(consumers, traffic);
        if (plan.lateClicks.length > 0) await ingestClicks(ctxOf(0), traffic, plan.lateClicks, 1);
        await drainRetries(consumers, traffic);
      });
      clicksWritten += plan.lateClicks.length;
      clock += DAY_MS;
      await moneyDay(ctxOf(0), desk, round % PAYOUT_EVERY_DAYS === PAYOUT_EVERY_DAYS - 1, timed);
      if (events >= nextCheck || events >= EVENTS || interrupted) {
        nextCheck = (Math.floor(events / CHECK_EVERY) + 1) * CHECK_EVERY;
        report(counts, events, started, last);
        console.log(
          `   wall s: ${Object.entries(phases)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ')}`,
        );
        const steps = [...traffic.latency].map(([k, v]) => `${k} ${(v.ms / v.n).toFixed(0)}`);
        console.log(`   ms per step since the last checkpoint (${WRITERS} writers at once): ${steps.join(', ')}`);
        traffic.latency.clear();
        const cpu = db.cpu();
        const own = process.cpuUsage();
        const cpuTotal = (own.user + own.system) / 1e6 + cpu.postgres + cpu.relay;
        // CPU per event is what projects a run onto a machine of its own, whatever the load here.
        console.log(
          `   CPU s: this process ${((own.user + own.system) / 1e6).toFixed(0)}, Postgres ${cpu.postgres.toFixed(0)}, relay ${cpu.relay.toFixed(0)}; ${(((cpuTotal - lastCpu.total) / (events - lastCpu.events)) * 1000).toFixed(2)} ms CPU per event since the last checkpoint; ${machineLine()}`,
        );
        lastCpu.total = cpuTotal;
        lastCpu.events = events;
        const checkAt = performance.now();
        const checkpoint = await runCheckpoint(ctxOf(0), clicksWritten, paypal.url);
        phases.checks = (phases.checks ?? 0) + (performance.now() - checkAt) / 1000;
        console.log(`   ${checkpoint.checkedLines.toLocaleString('en-US')} commission lines checked`);
        for (const r of checkpoint.results) {
          console.log(`   ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : ` (${r.count} rows)`}`);
          for (const row of r.rows) console.log(`        ${JSON.stringify(row)}`);
        }
        const errors = traffic.errors.length;
        console.log(`   ${errors === 0 ? 'ok  ' : 'FAIL'} no verb failed unexpectedly${errors ? ` (${errors})` : ''}`);
        for (const e of traffic.errors.slice(0, 5)) console.log(`        ${e.what}: ${e.error.slice(0, 400)}`);
        if (errors > 0 || checkpoint.results.some((r) => !r.ok)) {
          failed = true;
          break;
        }
      }
    }
    console.log(failed ? '\nsoak:ledger FAILED' : '\nsoak:ledger passed: every checkpoint held');
  } finally {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await paypal.close();
    await db.stop();
  }
  if (failed) process.exitCode = 1;
}

await main();
