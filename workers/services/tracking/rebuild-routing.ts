import type { ServiceCall } from '../../context';
import { putEntries } from './publish-routing';
import { allRoutingEntries } from './routing-rows';

const PARALLEL_WRITES = 20;

/**
 * Rewrites the tracker's whole KV projection from Postgres: the repair for any publish that
 * failed after its change committed. Run daily by cron and on demand (`npm run routing:rebuild`
 * writes the same entries with `wrangler kv bulk put`).
 */
export async function rebuildRouting({ ctx }: ServiceCall<void>): Promise<{ keys: number }> {
  const entries = await allRoutingEntries({ ctx, input: undefined });
  for (let i = 0; i < entries.length; i += PARALLEL_WRITES)
    await putEntries(ctx.config.ROUTING, entries.slice(i, i + PARALLEL_WRITES));
  return { keys: entries.length };
}
