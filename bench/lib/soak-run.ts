// One ledger soak in progress: its clock, counters and per-writer contexts, a simulated day's
// phases (playDay) and the checkpoint printout (checkpoint). bench/soak-ledger.ts owns the
// processes (Postgres, relay, PayPal server) and the loop.
import type { Pool } from '@neondatabase/serverless';
import { sql } from 'drizzle-orm';
import { prng } from '../../dev/prng';
import { nodeDb } from '../../dev/neon-node';
import type { ServiceContext } from '../../workers/context';
import type { Config } from '../../workers/env';
import { createLogger, type Logger } from '../../workers/logging';
import { sweepWorkflows } from '../../workers/services/workflows';
import { machineLine } from './machine';
import { runCheckpoint } from './soak-invariants';
import { moneyDay, type PayoutDesk, type Timed } from './soak-payouts';
import { createPlanner } from './soak-plan';
import { type RailsDesk, tremendousOrders, wiseTransfers } from './soak-rails';
import { externalSettledOnce, paidOnceAtTremendous, paidOnceAtWise } from './soak-rails-invariants';
import { type StripeDesk, stripeTransfers } from './soak-stripe';
import { drainRetries, ingestClicks, runStep, type Traffic } from './soak-traffic';
import type { SoakWorld } from './soak-world';

const DAY_MS = 86_400_000;
const PAYOUT_EVERY_DAYS = 3;

export interface RunOptions {
  seed: number;
  writers: number;
  clicksPerRound: number;
  /** pools[0] runs the crons and checks; pools[1..writers] the traffic. */
  pools: Pool[];
  config: Config;
  world: SoakWorld;
  paypalUrl: string;
  /** SOAK_RAILS=both: the local Stripe server's desk (null: PayPal only). */
  stripe: StripeDesk | null;
  /** SOAK_RAILS=all: the Wise, gift-card and external desk (null: PayPal, or PayPal and Stripe, only). */
  rails: RailsDesk | null;
  /** Attribution retries the in-memory conversions queue holds (see retryQueue). */
  retries: string[];
  /** CPU seconds so far outside this process (Postgres, relay); null when not ours to measure. */
  cpu(): { postgres: number; relay: number } | null;
}

export function createRun(opts: RunOptions) {
  const counts: Record<string, number> = {};
  const state = { events: 0, clicksWritten: 0, round: 0, clock: Date.now() };
  const count = (what: string, n = 1) => {
    counts[what] = (counts[what] ?? 0) + n;
    state.events += n;
  };
  const errors: Traffic['errors'] = [];
  // A workflow evaluation after a conversion never fails the conversion: it only logs. Here that log is a finding.
  const base = createLogger();
  const log: Logger = {
    ...base,
    error(event, fields) {
      if (event === 'workflow_evaluation_failed') errors.push({ what: event, error: JSON.stringify(fields ?? {}) });
      base.error(event, fields);
    },
  };
  // The simulated clock: one day per round, starting now; every verb reads ctx.now.
  const ctxOf = (i: number): ServiceContext => ({
    db: nodeDb(opts.pools[i]!),
    config: opts.config,
    now: new Date(state.clock),
    log,
  });
  const traffic: Traffic = {
    world: opts.world,
    count,
    clickIds: new Map(),
    programOf: new Map(),
    flagged: [],
    retries: opts.retries,
    errors,
    latency: new Map(),
  };
  const desk: PayoutDesk = {
    world: opts.world,
    paypalUrl: opts.paypalUrl,
    count,
    rnd: prng(opts.seed ^ 0x5eed),
    awaiting: new Set(),
    handled: new Set(),
    errors: traffic.errors,
    stripe: opts.stripe,
    rails: opts.rails,
  };
  const planner = createPlanner({
    seed: opts.seed,
    programs: opts.world.programs,
    affiliates: opts.world.affiliates.length,
    clicksPerRound: opts.clicksPerRound,
    clicksPerBatch: 100,
  });
  // Wall time per phase, so a slow run says where it spent it.
  const phases: Record<string, number> = {};
  const timed: Timed = async (phase, work) => {
    const at = performance.now();
    await work();
    phases[phase] = (phases[phase] ?? 0) + (performance.now() - at) / 1000;
  };
  // Where the last checkpoint stood, for the figures since then.
  const last = { at: 0, events: 0, cpu: 0, blocksRead: 0, blocksHit: 0 };
  // What the moved members' lines looked like at the last checkpoint (soak-invariants linesKeptAcrossMoves).
  const kept = new Map<string, string>();
  return {
    opts,
    counts,
    state,
    ctxOf,
    traffic,
    desk,
    planner,
    phases,
    timed,
    last,
    kept,
  };
}

export type Run = ReturnType<typeof createRun>;

/** Each writer's share of `n` items, dealt round robin: writer w takes w, w + writers, … */
async function dealt(run: Run, n: number, work: (ctx: ServiceContext, i: number) => Promise<void>) {
  const writers = run.opts.writers;
  await Promise.all(
    Array.from({ length: Math.min(writers, n) }, async (_, w) => {
      for (let i = w; i < n; i += writers) await work(run.ctxOf(w + 1), i);
    }),
  );
}

/** One simulated day: clicks, then conversions and the rest, late clicks and retries, then the crons. */
export async function playDay(run: Run): Promise<void> {
  const { traffic, timed, state } = run;
  const plan = run.planner.next();
  traffic.clickIds.clear();
  const batches = plan.clickBatches;
  await timed('clicks', () =>
    dealt(run, batches.length, (ctx, b) =>
      ingestClicks(ctx, traffic, batches[b]!, plan.redelivered.includes(b) ? 2 : 1),
    ),
  );
  state.clicksWritten += batches.reduce((n, b) => n + b.length, 0);
  await timed('conversions', () => dealt(run, plan.steps.length, (ctx, i) => runStep(ctx, traffic, plan.steps[i]!)));
  // Out of order: the queue retries once before the late clicks land (still waiting), once after.
  const consumers = Array.from({ length: run.opts.writers }, (_, w) => run.ctxOf(w + 1));
  await timed('late clicks', async () => {
    await drainRetries(consumers, traffic);
    if (plan.lateClicks.length > 0) await ingestClicks(run.ctxOf(0), traffic, plan.lateClicks, 1);
    await drainRetries(consumers, traffic);
  });
  state.clicksWritten += plan.lateClicks.length;
  state.clock += DAY_MS;
  await moneyDay(run.ctxOf(0), run.desk, state.round % PAYOUT_EVERY_DAYS === PAYOUT_EVERY_DAYS - 1, timed);
  // The hourly workflow run, once a simulated day: the way down ("fewer than 4 sales in 3 days") moves only here.
  await timed('workflow sweep', async () => {
    try {
      const fired = await sweepWorkflows({
        ctx: run.ctxOf(0),
        input: { limit: 20_000 },
      });
      run.desk.count('workflow_sweep');
      if (fired > 0) run.desk.count('workflow_sweep_fired', fired);
    } catch (err) {
      traffic.errors.push({ what: 'workflow sweep', error: String(err) });
    }
  });
  state.round++;
}

/** Prints throughput, mix, timings and CPU, runs every invariant; answers whether all held. */
export async function checkpoint(run: Run, started: number): Promise<boolean> {
  const { state, traffic, last } = run;
  const now = performance.now();
  const since = {
    s: (now - (last.at || started)) / 1000,
    events: state.events - last.events,
  };
  console.log(
    `\n== ${state.events.toLocaleString('en-US')} events, ${((now - started) / 1000).toFixed(0)} s: ${Math.round(state.events / ((now - started) / 1000))} events/s overall, ${Math.round(since.events / since.s)} since the last checkpoint`,
  );
  const mix = Object.entries(run.counts).sort(([a], [b]) => a.localeCompare(b));
  console.log(`   mix: ${mix.map(([k, v]) => `${k}=${v}`).join(' ')}`);
  const phases = Object.entries(run.phases).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  console.log(`   wall s: ${phases.join(', ')}`);
  const steps = [...traffic.latency].map(([k, v]) => `${k} ${(v.ms / v.n).toFixed(0)}`);
  console.log(`   ms per step since the last checkpoint (${run.opts.writers} writers at once): ${steps.join(', ')}`);
  traffic.latency.clear();
  const cpu = run.opts.cpu();
  const own = process.cpuUsage();
  const mine = (own.user + own.system) / 1e6;
  const total = mine + (cpu ? cpu.postgres + cpu.relay : 0);
  const others = cpu ? `Postgres ${cpu.postgres.toFixed(0)}, relay ${cpu.relay.toFixed(0)}` : 'Postgres not measured';
  // CPU per event is what projects a run onto a machine of its own, whatever the load here.
  console.log(
    `   CPU s: this process ${mine.toFixed(0)}, ${others}; ${(((total - last.cpu) / since.events) * 1000).toFixed(2)} ms CPU per event since the last checkpoint; ${machineLine()}`,
  );
  // Pages Postgres had to read from outside shared_buffers: each one a copy from the OS cache and a checksum,
  // CPU that grows with the history once the working set outgrows the buffers.
  const { rows } = await run
    .ctxOf(0)
    .db.execute(
      sql`SELECT blks_read::bigint AS read, blks_hit::bigint AS hit FROM pg_stat_database WHERE datname = current_database()`,
    );
  const blocks = { read: Number((rows[0] as { read: string }).read), hit: Number((rows[0] as { hit: string }).hit) };
  const read = blocks.read - last.blocksRead;
  const accessed = read + blocks.hit - last.blocksHit;
  console.log(
    `   Postgres cache: ${(read / since.events).toFixed(1)} blocks per event read from outside shared_buffers since the last checkpoint, ${((read / Math.max(accessed, 1)) * 100).toFixed(2)} % of the blocks accessed`,
  );
  Object.assign(last, { at: now, events: state.events, cpu: total, blocksRead: blocks.read, blocksHit: blocks.hit });
  const checkAt = performance.now();
  const transfers = run.opts.stripe ? await stripeTransfers(run.opts.stripe) : undefined;
  const moreRails = run.opts.rails;
  const rails = [
    'paypal',
    ...(run.opts.stripe ? ['stripe'] : []),
    ...(moreRails ? ['tremendous', 'wise', 'external'] : []),
  ];
  const result = await runCheckpoint(run.ctxOf(0), state.clicksWritten, run.opts.paypalUrl, run.kept, transfers, rails);
  if (moreRails)
    result.results.push(
      await paidOnceAtWise(run.ctxOf(0), await wiseTransfers(moreRails)),
      await paidOnceAtTremendous(run.ctxOf(0), await tremendousOrders(moreRails)),
      await externalSettledOnce(run.ctxOf(0)),
    );
  run.phases.checks = (run.phases.checks ?? 0) + (performance.now() - checkAt) / 1000;
  console.log(`   ${result.checkedLines.toLocaleString('en-US')} commission lines checked`);
  console.log(
    `   terms: ${Object.entries(result.terms)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  for (const r of result.results) {
    console.log(`   ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : ` (${r.count} rows)`}`);
    for (const row of r.rows) console.log(`        ${JSON.stringify(row)}`);
  }
  const errors = traffic.errors.length;
  console.log(`   ${errors === 0 ? 'ok  ' : 'FAIL'} no verb failed unexpectedly${errors ? ` (${errors})` : ''}`);
  for (const e of traffic.errors.slice(0, 5)) console.log(`        ${e.what}: ${e.error.slice(0, 400)}`);
  return errors === 0 && result.results.every((r) => r.ok);
}
