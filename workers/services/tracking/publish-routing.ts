import type { ServiceCall } from '../../context';
import { routingEntries, routingKeys, type RoutingEntry } from '../../contracts/routing';
import { byId, enrollmentRoutes, hostRoutes, linkRoutes, programRoutes } from './routing-rows';

export type RoutingChange =
  | { program: string }
  | { enrollment: string }
  | { link: string; previousSlug?: string }
  /** A custom domain's hostname: published while it is an active tracking domain, removed otherwise. */
  | { host: string };

export async function putEntries(kv: KVNamespace, entries: RoutingEntry[]): Promise<void> {
  await Promise.all(entries.map((e) => kv.put(e.key, e.value)));
}

/**
 * Copies one changed row into the tracker's KV projection. Call it after the transaction that
 * changed the row has committed (KV is not transactional). A failure is logged, not thrown: the
 * change is already saved, and the routing rebuild cron repairs the projection.
 */
export async function publishRouting({ ctx, input }: ServiceCall<RoutingChange>): Promise<void> {
  const kv = ctx.config.ROUTING;
  try {
    if ('program' in input) {
      const routes = await programRoutes({ ctx, input: { where: byId.program(input.program) } });
      await putEntries(kv, routes.flatMap(routingEntries.program));
      // A deleted (draft) program leaves nothing behind for the tracker.
      if (routes.length === 0) await kv.delete(routingKeys.program(input.program));
    } else if ('enrollment' in input) {
      await putEntries(
        kv,
        (await enrollmentRoutes({ ctx, input: { where: byId.enrollment(input.enrollment) } })).flatMap(
          routingEntries.enrollment,
        ),
      );
    } else if ('host' in input) {
      const routes = await hostRoutes({ ctx, input: { where: byId.host(input.host) } });
      if (routes.length) await putEntries(kv, routes.flatMap(routingEntries.host));
      else await kv.delete(routingKeys.host(input.host));
    } else {
      const routes = await linkRoutes({ ctx, input: { where: byId.link(input.link) } });
      await putEntries(kv, routes.flatMap(routingEntries.link));
      // A renamed or deleted link must stop resolving under its old slug.
      const current = routes[0]?.slug;
      if (input.previousSlug && input.previousSlug !== current) await kv.delete(routingKeys.link(input.previousSlug));
    }
  } catch (err) {
    ctx.log.error('routing_publish_failed', { change: input, error: String(err) });
  }
}
