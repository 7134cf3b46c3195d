// `npm run stats:rebuild [-- --from 2026-11-01T00:00Z --to 2026-11-08T00:00Z]`: recomputes every
// click, conversion and commission rollup of the hour range (all hours when omitted), every
// enrollment's totals and the plan click meter (plan_click_usage) of the range's months from raw rows, through the same service verb the tests and benches call.
// Locally it reaches npm start's Postgres through its relay; elsewhere set DATABASE_URL (and
// NEON_WS_PROXY when a relay stands in front of a plain Postgres).
import { parseArgs } from 'node:util';
import type { Config } from '../workers/env';
import { createLogger } from '../workers/logging';
import { rebuildStats } from '../workers/services/stats';
import { nodeDb, nodePool } from './neon-node';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
const instant = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) {
    console.error(`--${name} is not a date: ${value}`);
    process.exit(1);
  }
  return at;
};
const from = instant('from', values.from);
const to = instant('to', values.to);

const databaseUrl =
  process.env.DATABASE_URL ?? `postgres://postgres:postgres@localhost:${process.env.PG_PORT ?? 54320}/affiliate_edge`;
const proxy =
  process.env.NEON_WS_PROXY ??
  (process.env.DATABASE_URL ? undefined : `localhost:${process.env.RELAY_PORT ?? 54321}/v1`);

const pool = nodePool(databaseUrl, proxy);
try {
  const started = performance.now();
  const result = await rebuildStats({
    ctx: { db: nodeDb(pool), config: {} as Config, now: new Date(), log: createLogger() },
    input: { ...(from ? { from } : {}), ...(to ? { to } : {}) },
  });
  console.log(
    `rebuilt the rollups of ${result.clicks} clicks and ${result.conversions} conversions, ` +
      `${result.usageMonths} organization-months of plan click usage ` +
      `(${from?.toISOString() ?? 'start'} to ${to?.toISOString() ?? 'now'}) in ${Math.round(performance.now() - started)} ms`,
  );
} finally {
  await pool.end();
}
