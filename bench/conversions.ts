// Conversions per second through `POST /api/v1/conversions`, end to end (then the same service on
// warm connections, to separate the per-request Postgres session the local stack pays for): signed HTTP request →
// workerd (the real bundled Worker, wrangler.toml's bindings) → API key lookup, HMAC check, zod →
// one Postgres transaction (insert, attribution by click id, fraud checks, commissions) through the
// real Neon driver and the WebSocket relay → answer; postbacks and notifications are queued after
// the commit. Prints throughput and latency per concurrency, then checks every answered event is
// stored once with its commission. A figure to watch, not a test: it asserts nothing about speed.
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Miniflare } from 'miniflare';
import { sql } from 'drizzle-orm';
import { freePort } from '../dev/free-port';
import * as s from '../schema';
import { generateApiKey } from '../workers/domain/api-key';
import { encryptSecret } from '../workers/services/encryption';
import { nodeDb, nodePool } from '../dev/neon-node';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { recordConversion } from '../workers/services/conversions/record-conversion';
import type { Db } from '../workers/db/client';
import type { RewardRule, RuleCondition } from '../workers/domain/reward-rules';
import { startIngestStack } from './lib/ingest-stack';
import { childPids, guardNewChildren } from '../dev/process-guard';
import { machineLine, median, table, treeCpuSeconds } from './lib/machine';
import { startNodeCpuProfile } from './lib/node-cpu-profile';
import { PG_STATEMENTS_SETTINGS, resetStatements, statementsTable } from './lib/pg-statements';
import { sampleWaits, type WaitTally, waitsTable } from './lib/pg-waits';
import { bundleWorker, readWranglerConfig, WORKER_MODULE_RULES } from './lib/redirect-harness';

// Seconds per HTTP run (the warm paths run in blocks: BENCH_BLOCK).
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,8,32').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
// Affiliates of the one advertiser the warm writers spread over (writer i converts affiliate
// i mod N's clicks). With 1, every warm conversion lands in the same rollup rows (advertiser, hour,
// enrollment), which the writers' stats refreshes update in turn.
const AFFILIATES = Number(process.env.BENCH_AFFILIATES ?? 1);
// Unmeasured conversions per writer and path before the warm blocks (see warmRuns).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 8);
// The warm paths alternate in blocks of BENCH_BLOCK seconds, BENCH_BLOCKS of each path (even) per number of writers.
const BLOCK = Number(process.env.BENCH_BLOCK ?? 2.5);
const BLOCKS = Math.max(2, Math.round(Number(process.env.BENCH_BLOCKS ?? 8) / 2) * 2);
const ENCRYPTION_KEY = '0'.repeat(64);
// BENCH_PG_STATEMENTS=1: Postgres loads pg_stat_statements, and the first plain and the first rules run of each
// number of writers print their statements per conversion (planning apart from execution).
const PG_STATEMENTS = process.env.BENCH_PG_STATEMENTS === '1';
// BENCH_CPU_PROFILE=dir: the first plain and the first rules run of each number of writers write a V8 CPU
// profile of this process (the service's own CPU, not Postgres's) to dir/<plain|rules>-<writers>.cpuprofile.
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;
// BENCH_WAITS=1: an admin connection samples pg_stat_activity during the blocks, and each number of writers prints
// what its backends were doing per path: running, waiting on a lock, or idle in the transaction.
const WAITS = process.env.BENCH_WAITS === '1';
// The numbers of warm writers, each measured plain and with rules (BENCH_WRITERS=8: only the saturated case).
const WRITERS = (process.env.BENCH_WRITERS ?? '1,4,8').split(',').map(Number);

const RULES = 50;
const WORKFLOWS = 5;

const RULE_CONDITIONS: RuleCondition[] = [
  { kind: 'country', in: ['DE', 'AT', 'CH', 'FR', 'IT', 'ES', 'PL', 'NL'] },
  { kind: 'metadata', key: 'plan', in: ['enterprise', 'team'] },
  { kind: 'amount', op: 'gt', minor: 10_000_000, currency: 'USD' },
  { kind: 'affiliate_totals', metric: 'sales', op: 'gte', value: 1_000_000, windowDays: 30 },
  { kind: 'new_customer', is: false },
];
const BENCH_RULES: RewardRule[] = Array.from({ length: RULES }, (_, i) => ({
  id: crypto.randomUUID(),
  name: `rule ${i + 1}`,
  events: ['sale'],
  when: {
    all: [
      RULE_CONDITIONS[i % RULE_CONDITIONS.length]!,
      { kind: 'amount', op: 'lt', minor: 1_000_000_000, currency: 'USD' },
    ],
  },
  reward: { commissionType: 'percent', rateBps: 500 + i, fixedMinor: null },
}));

/**
 * On: 50 reward rules on the program's default group, one of each kind of condition in turn (the
 * affiliate's totals among them, which costs a query), and 5 enabled workflows whose thresholds are out
 * of reach: what a program with tiers asks of every conversion, without changing what it pays. Off: no
 * rule, the workflows disabled (the plain path). Switched back and forth, so both are measured alike.
 */
async function useRulesAndWorkflows(db: Db, programId: string, organizationId: string, on: boolean) {
  await db
    .update(s.programGroups)
    .set({ rewardRules: on ? BENCH_RULES : [] })
    .where(sql`${s.programGroups.programId} = ${programId} AND ${s.programGroups.isDefault}`);
  const existing = await db
    .update(s.programWorkflows)
    .set({ enabled: on })
    .where(sql`${s.programWorkflows.programId} = ${programId}`)
    .returning({ id: s.programWorkflows.id });
  if (existing.length > 0 || !on) return;
  await db.insert(s.programWorkflows).values(
    Array.from({ length: WORKFLOWS }, (_, i) => ({
      organizationId,
      programId,
      name: `tier ${i + 1}`,
      metric: (['sales', 'conversions', 'revenue_minor', 'commission_minor', 'sales'] as const)[i]!,
      op: 'gte' as const,
      threshold: 1_000_000_000,
      windowDays: i % 2 ? 30 : null,
      messageEn: 'You reached a new tier',
      messageRu: 'Вы достигли нового уровня',
    })),
  );
}

async function main() {
  console.log(machineLine());
  const stack = await startIngestStack({
    tenants: 1,
    history: 50_000,
    pgSettings: PG_STATEMENTS ? PG_STATEMENTS_SETTINGS : [],
  });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-conversions-'));
  let mf: Miniflare | undefined;
  try {
    await stack.reset();
    const tenant = stack.tenants[0]!;
    const clicksOf = async (enrollmentId: string) =>
      (
        (
          await stack.admin.execute(
            `SELECT id FROM affiliate.clicks WHERE status = 'accepted' AND enrollment_id = '${enrollmentId}' ORDER BY id`,
          )
        ).rows as { id: string }[]
      ).map((r) => r.id);
    const clickIds = await clicksOf(tenant.enrollmentId);
    // More affiliates in the same program: the history's clicks are dealt out to them in turn.
    const affiliates = [{ enrollmentId: tenant.enrollmentId, affiliateId: tenant.affiliateId }];
    for (let i = 1; i < AFFILIATES; i++) {
      const [user] = await stack.admin
        .insert(s.users)
        .values({ email: `bench-aff-${i}@example.com`, approvedAffiliate: true })
        .returning();
      const [enrollment] = await stack.admin
        .insert(s.enrollments)
        .values({
          programId: tenant.programId,
          affiliateId: user!.id,
          organizationId: tenant.organizationId,
          status: 'active',
          refCode: `bench-aff-${i}`,
        })
        .returning();
      affiliates.push({ enrollmentId: enrollment!.id, affiliateId: user!.id });
    }
    for (let i = 1; i < AFFILIATES; i++)
      await stack.admin.execute(sql`
        UPDATE affiliate.clicks SET enrollment_id = ${affiliates[i]!.enrollmentId}, affiliate_id = ${affiliates[i]!.affiliateId}
        WHERE id = ANY(${sql.param(clickIds.filter((_, n) => n % AFFILIATES === i))}::uuid[])`);
    const affiliateClicks = await Promise.all(affiliates.map((a) => clicksOf(a.enrollmentId)));
    const key = await generateApiKey();
    await stack.admin.insert(s.apiKeys).values({
      appId: tenant.appId,
      name: 'bench',
      prefix: key.prefix,
      keyHash: key.keyHash,
      last4: key.last4,
      signingSecretEncrypted: await encryptSecret(key.signingSecret, ENCRYPTION_KEY),
    });
    // No fraud flag should fire on a synthetic load of one IP: raise the per-IP threshold.
    await stack.admin.update(s.programs).set({ fraudMaxConversionsPerIpHour: 1_000_000_000 });

    const script = await bundleWorker(tmp);
    const { config } = readWranglerConfig();
    const vars = Object.fromEntries(Object.entries(config.vars).map(([k, v]) => [k, String(v)]));
    const workerdBefore = new Set(childPids(process.pid, 'workerd'));
    mf = new Miniflare({
      host: '127.0.0.1',
      port: await freePort(),
      workers: [
        {
          name: 'api',
          modules: true,
          scriptPath: script,
          modulesRoot: path.dirname(script),
          modulesRules: WORKER_MODULE_RULES,
          compatibilityDate: config.compatibility_date,
          compatibilityFlags: config.compatibility_flags,
          kvNamespaces: Object.fromEntries(config.kv_namespaces.map((kv) => [kv.binding, kv.id ?? kv.binding])),
          // The config check wants every binding of wrangler.toml, the uploads bucket included.
          r2Buckets: Object.fromEntries((config.r2_buckets ?? []).map((b) => [b.binding, b.bucket_name])),
          queueProducers: Object.fromEntries(
            (config.queues.producers ?? []).map((p) => [p.binding, { queueName: p.queue }]),
          ),
          // The dashboard's assets play no part in the API path.
          serviceBindings: { ASSETS: () => new Response('not found', { status: 404 }) },
          ratelimits: {
            AUTH_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            TRACKER_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            // One API key sends everything here: its per-key limit would cut the measurement short.
            CONVERSIONS_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            POSTBACK_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
            STRIPE_WEBHOOK_LIMITER: { simple: { limit: 1_000_000, period: 60 } },
          },
          bindings: {
            ...vars,
            ENVIRONMENT: 'development',
            DATABASE_URL: stack.url,
            NEON_WS_PROXY: stack.proxy,
            JWT_SECRET: 'bench-jwt-secret-0123456789abcdef0123456789',
            DATA_ENCRYPTION_KEY: ENCRYPTION_KEY,
          },
        },
      ],
    });
    const url = new URL('/api/v1/conversions', (await mf.ready).href).href;
    // Miniflare ends its workerd on a normal exit only: a bench killed mid-run would leave it serving.
    guardNewChildren('workerd', workerdBefore);
    console.log(
      `${stack.settingsLine}\n${clickIds.length} accepted clicks to convert; ${DURATION} s per run, concurrency ${CONCURRENCY.join(', ')}, ${ROUNDS} rounds, median reported\n`,
    );

    let sequence = 0;
    let answered = 0;
    const sign = (body: string) => {
      const t = Math.floor(Date.now() / 1000);
      return `t=${t},v1=${createHmac('sha256', key.signingSecret).update(`${t}.${body}`).digest('hex')}`;
    };
    const request = () => {
      const n = sequence++;
      const body = JSON.stringify({
        event_id: `bench-${n}`,
        type: 'sale',
        click_id: clickIds[n % clickIds.length],
        order_id: `order-${n}`,
        amount: 4999,
        currency: 'USD',
        ip: `198.18.${(n >> 8) & 255}.${n & 255}`,
      });
      return {
        method: 'POST' as const,
        path: '/api/v1/conversions',
        body,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${key.key}`,
          'x-ae-signature': sign(body),
        },
      };
    };
    // One request first: it must be a 201 with a commission, or the figures mean nothing.
    const probe = request();
    const first = await fetch(url, { method: 'POST', body: probe.body, headers: probe.headers });
    const firstBody = (await first.json()) as { commissions?: unknown[] };
    if (first.status !== 201 || firstBody.commissions?.length !== 1)
      throw new Error(`probe answered ${first.status}: ${JSON.stringify(firstBody).slice(0, 300)}`);
    answered++;

    const rows: (string | number)[][] = [];
    for (const connections of CONCURRENCY) {
      const runs: { rps: number; p50: number; p99: number; cpuPg: number; non2xx: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const pgBefore = treeCpuSeconds(stack.postmasterPid);
        const result = await autocannon({
          url,
          connections,
          duration: DURATION,
          requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...request() }) }],
        });
        const pgCpu = treeCpuSeconds(stack.postmasterPid) - pgBefore;
        answered += result['2xx'];
        runs.push({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          cpuPg: (pgCpu * 1e6) / Math.max(1, result['2xx']),
          non2xx: result.non2xx,
        });
      }
      const mid = (pick: (r: (typeof runs)[number]) => number) => median(runs.map(pick));
      rows.push([
        connections,
        Math.round(mid((r) => r.rps)),
        `${mid((r) => r.p50)} / ${mid((r) => r.p99)}`,
        Math.round(mid((r) => r.cpuPg)),
        runs.reduce((n, r) => n + r.non2xx, 0),
      ]);
    }
    console.log(table(['connections', 'conversions/s', 'p50 / p99 ms', 'Postgres CPU µs/conversion', 'non-2xx'], rows));

    // The same service on warm connections: what the HTTP runs cost beyond it is the Worker opening
    // a new Postgres session per request, which production hands to Neon's pooler (or Hyperdrive).
    let rulesOn = false;
    const useRules = (on: boolean) => {
      rulesOn = on;
      return useRulesAndWorkflows(stack.admin, tenant.programId, tenant.organizationId, on);
    };
    type Mode = 'plain' | 'rules';
    type Totals = {
      conversions: number;
      seconds: number;
      pg: number;
      node: number;
      relay: number;
      latencies: number[];
      waits: WaitTally;
      samples: number;
      /** Each block's conversions per second, in the order run. */
      rates: number[];
    };
    const warmRuns = async (writers: number): Promise<Record<Mode, Totals>> => {
      const pools = Array.from({ length: writers }, () => nodePool(stack.url, stack.proxy));
      // Queues only receive the postbacks/notifications after each commit; counting them is all this path needs.
      const sent = { messages: 0 };
      const queue = {
        send: async () => void sent.messages++,
        sendBatch: async (m: unknown[]) => void (sent.messages += m.length),
      };
      const config = {
        ...stack.config,
        POSTBACKS: queue,
        NOTIFICATIONS: queue,
        CONVERSIONS: queue,
      } as unknown as Config;
      const convert = (db: Db, writer: number) => {
        const mine = affiliateClicks[writer % affiliateClicks.length]!;
        const n = sequence++;
        return recordConversion({
          ctx: { db, config, now: new Date(), log: createLogger() },
          input: {
            appId: tenant.appId,
            organizationId: tenant.organizationId,
            source: 'api',
            event: {
              event_id: `warm-${n}`,
              type: 'sale',
              click_id: mine[n % mine.length]!,
              order_id: `order-${n}`,
              amount: 4999,
              currency: 'USD',
              ip: `198.18.${(n >> 8) & 255}.${n & 255}`,
            },
          },
        });
      };
      const dbs = pools.map((pool) => nodeDb(pool));
      // Warm means warm: each writer's connection first runs WARMUP conversions of each mode, unmeasured, so the
      // named statements of both are parsed and Postgres has made its five custom plans of each before the clock
      // starts, as on a pooled connection that has served for a while. Without it, a 10 s run at 8 writers (about
      // 50 conversions per connection) spent a tenth of the rules' Postgres CPU on those first plans.
      for (const on of [false, true]) {
        await useRules(on);
        for (let i = 0; i < WARMUP; i++) await Promise.all(dbs.map((db, writer) => convert(db, writer)));
        answered += WARMUP * writers;
      }
      const empty = (): Totals => ({
        conversions: 0,
        seconds: 0,
        pg: 0,
        node: 0,
        relay: 0,
        latencies: [],
        waits: new Map(),
        samples: 0,
        rates: [],
      });
      const totals: Record<Mode, Totals> = { plain: empty(), rules: empty() };
      // Plain, rules, rules, plain, again and again: the machine's speed drifts by more than the rules cost
      // within a minute (the relay, which does the same work either way, has shown 35 % more CPU per conversion
      // from one 10 s run to the next), so the blocks are short and each mode meets every phase of the drift.
      const order: Mode[] = Array.from({ length: BLOCKS }, (_, i) =>
        i % 2 ? (['rules', 'plain'] as const) : (['plain', 'rules'] as const),
      ).flat();
      const seen = new Set<Mode>();
      for (const mode of order) {
        if ((mode === 'rules') !== rulesOn) await useRules(mode === 'rules');
        const first = !seen.has(mode);
        seen.add(mode);
        const statementsOf =
          PG_STATEMENTS && first ? { plain: 'plain', rules: 'rules and workflows' }[mode] : undefined;
        if (statementsOf) await resetStatements(stack.admin);
        const stopProfile = CPU_PROFILE && first ? await startNodeCpuProfile() : undefined;
        // On stderr as each block starts, so a profiler outside (perf) can be pointed at one.
        process.stderr.write(`warm block: ${mode}, ${writers} writers, ${BLOCK} s\n`);
        const t = totals[mode];
        const before = t.latencies.length;
        const started = performance.now();
        const deadline = Date.now() + BLOCK * 1000;
        const pgBefore = treeCpuSeconds(stack.postmasterPid);
        const relayBefore = treeCpuSeconds(stack.relayPid);
        const nodeBefore = process.cpuUsage();
        const stopWaits = WAITS ? sampleWaits(stack.admin, t.waits) : undefined;
        await Promise.all(
          dbs.map(async (db, writer) => {
            while (Date.now() < deadline) {
              const at = performance.now();
              await convert(db, writer);
              t.latencies.push(performance.now() - at);
            }
          }),
        );
        // Until the last writer's last conversion ended: each writer finishes the one it started before the deadline.
        const seconds = (performance.now() - started) / 1000;
        t.seconds += seconds;
        t.samples += (await stopWaits?.()) ?? 0;
        t.pg += treeCpuSeconds(stack.postmasterPid) - pgBefore;
        t.relay += treeCpuSeconds(stack.relayPid) - relayBefore;
        const nodeCpu = process.cpuUsage(nodeBefore);
        t.node += (nodeCpu.user + nodeCpu.system) / 1e6;
        const done = t.latencies.length - before;
        t.conversions += done;
        t.rates.push(done / seconds);
        answered += done;
        await stopProfile?.(path.join(CPU_PROFILE ?? '', `${mode}-${writers}.cpuprofile`));
        if (statementsOf)
          console.log(
            `\n${statementsOf}, ${writers} writer(s), first block, ${done} conversions, Postgres per conversion:\n${await statementsTable(stack.admin, done)}`,
          );
      }
      await Promise.all(pools.map((p) => p.end()));
      if (WAITS)
        console.log(
          `\n${writers} writer(s), what the writers' backends were doing:\n${waitsTable({ plain: { tally: totals.plain.waits, samples: totals.plain.samples }, rules: { tally: totals.rules.waits, samples: totals.rules.samples } })}`,
        );
      return totals;
    };
    const rowOf = (writers: number, t: Totals) => {
      const sorted = [...t.latencies].sort((a, b) => a - b);
      const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!.toFixed(1);
      const per = (cpuSeconds: number) => Math.round((cpuSeconds * 1e6) / t.conversions);
      return [
        writers,
        Math.round(t.conversions / t.seconds),
        `${q(0.5)} / ${q(0.99)}`,
        per(t.pg),
        per(t.node),
        per(t.relay),
      ];
    };
    const plainRows: (string | number)[][] = [];
    const ruledRows: (string | number)[][] = [];
    const ratios: number[] = [];
    for (const writers of WRITERS) {
      const { plain, rules } = await warmRuns(writers);
      // Each pair of neighbouring blocks (one per path, run back to back) gives a ratio; the median of those is the
      // figure, as the ingest bench takes the median of its per-round ratios: the machine's drift moves both blocks
      // of a pair alike, and one block hit by a pause (an autovacuum, a GC) moves one pair, not the figure. The
      // pooled ratio (all conversions over all the time, per path) is printed beside it.
      const pairs = rules.rates.map((rate, i) => rate / plain.rates[i]!);
      const ratio = median(pairs);
      const pooled = rules.conversions / rules.seconds / (plain.conversions / plain.seconds);
      ratios.push(ratio);
      plainRows.push(rowOf(writers, plain));
      ruledRows.push([
        ...rowOf(writers, rules),
        ratio.toFixed(2),
        `${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)}`,
        pooled.toFixed(2),
      ]);
    }
    // CPU per conversion of each process on the path (node runs the service; the relay carries its wire).
    const warmHeader = [
      'writers',
      'conversions/s',
      'p50 / p99 ms',
      'Postgres CPU µs/conversion',
      'node µs',
      'relay µs',
    ];
    console.log(
      `\nrecordConversion() on warm connections (one per writer, over ${AFFILIATES} affiliate(s) of one advertiser; ${BLOCKS} blocks of ${BLOCK} s per path, plain and rules alternating):`,
    );
    console.log(table(warmHeader, plainRows));
    // The same, with the program's default group carrying 50 reward rules and the program 5 workflows
    // that are evaluated on every conversion (none fires, so every event keeps its one commission).
    console.log(
      `\nthe same with ${RULES} reward rules on the default group and ${WORKFLOWS} workflows on the program:`,
    );
    console.log(table([...warmHeader, '÷ plain (median of pairs)', 'pairs', 'pooled'], ruledRows));
    const worst = Math.min(...ratios);
    console.log(
      `HEADLINE rules and workflows keep ${(worst * 100).toFixed(0)} % of the plain rate at worst: ${worst >= 0.9 ? 'PASS' : 'FAIL'} against ≥ 90 %`,
    );

    const [stored] = (
      await stack.admin.execute(sql`
      SELECT count(*)::int AS conversions, count(DISTINCT event_id)::int AS events,
             (SELECT count(*)::int FROM affiliate.commissions) AS commissions
      FROM affiliate.conversions`)
    ).rows as { conversions: number; events: number; commissions: number }[];
    // autocannon stops counting at the deadline; requests still in flight then are stored but not
    // counted, so up to one per connection may be stored beyond the answered count.
    const inFlight = Math.max(...CONCURRENCY) * ROUNDS * CONCURRENCY.length;
    console.log(
      `\nanswered 2xx: ${answered}; stored conversions: ${stored!.conversions} (distinct events ${stored!.events}); commissions: ${stored!.commissions}`,
    );
    const ok =
      stored!.conversions === stored!.events &&
      stored!.commissions === stored!.conversions &&
      stored!.conversions >= answered &&
      stored!.conversions <= answered + inFlight;
    if (!ok) {
      console.log('CHECK FAILED: every answered event must be stored once with one commission');
      process.exitCode = 1;
    } else
      console.log(
        `check: every event is stored once with its one commission (${stored!.conversions - answered} were in flight at a deadline)`,
      );
  } finally {
    await mf?.dispose();
    await stack.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
