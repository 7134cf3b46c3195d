import type { ServiceCall } from '../../context';
import { putEnrollment, putLink, putProgram } from './publish-routing';
import { enrollmentRoutes, linkRoutes, programRoutes } from './routing-rows';

const PARALLEL_WRITES = 20;

async function putAll<T>(routes: T[], put: (route: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < routes.length; i += PARALLEL_WRITES) await Promise.all(routes.slice(i, i + PARALLEL_WRITES).map(put));
}

/**
 * Rewrites the tracker's whole KV projection from Postgres: the repair for any publish that
 * failed after its change committed. Run daily by cron and on demand (`npm run routing:rebuild`
 * writes the same values with `wrangler kv bulk put`).
 */
export async function rebuildRouting({ ctx }: ServiceCall<unknown>): Promise<{ programs: number; enrollments: number; links: number }> {
  const kv = ctx.config.ROUTING;
  const [programs, enrollments, links] = await Promise.all([programRoutes(ctx.db), enrollmentRoutes(ctx.db), linkRoutes(ctx.db)]);
  await putAll(programs, (r) => putProgram(kv, r));
  await putAll(enrollments, (r) => putEnrollment(kv, r));
  await putAll(links, (r) => putLink(kv, r));
  return { programs: programs.length, enrollments: enrollments.length, links: links.length };
}
