import type { ServiceCall } from '../../context';
import { routingKeys, type EnrollmentRoute, type LinkRoute, type ProgramRoute } from '../../tracker/routing';
import { byId, enrollmentRoutes, linkRoutes, programRoutes } from './routing-rows';

export type RoutingChange = { program: string } | { enrollment: string } | { link: string; previousSlug?: string };

export async function putProgram(kv: KVNamespace, route: ProgramRoute): Promise<void> {
  await kv.put(routingKeys.program(route.programId), JSON.stringify(route));
}

export async function putEnrollment(kv: KVNamespace, route: EnrollmentRoute): Promise<void> {
  const value = JSON.stringify(route);
  await Promise.all([kv.put(routingKeys.code(route.refCode), value), kv.put(routingKeys.enrollment(route.programId, route.affiliateId), value)]);
}

export async function putLink(kv: KVNamespace, route: LinkRoute): Promise<void> {
  await kv.put(routingKeys.link(route.slug), JSON.stringify(route));
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
      const routes = await programRoutes(ctx.db, byId.program(input.program));
      for (const route of routes) await putProgram(kv, route);
      // A deleted (draft) program leaves nothing behind for the tracker.
      if (routes.length === 0) await kv.delete(routingKeys.program(input.program));
    } else if ('enrollment' in input) {
      for (const route of await enrollmentRoutes(ctx.db, byId.enrollment(input.enrollment))) await putEnrollment(kv, route);
    } else {
      const routes = await linkRoutes(ctx.db, byId.link(input.link));
      for (const route of routes) await putLink(kv, route);
      // A renamed or deleted link must stop resolving under its old slug.
      const current = routes[0]?.slug;
      if (input.previousSlug && input.previousSlug !== current) await kv.delete(routingKeys.link(input.previousSlug));
    }
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', event: 'routing_publish_failed', change: input, error: String(err) }));
  }
}
