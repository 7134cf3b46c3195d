/**
 * The click paths as Workers route patterns: what Cloudflare's routes send to the tracker Worker on the dashboard's
 * host (docs/deploy.md#workers), and what the local Miniflare stacks route to it the same way (the e2e harness,
 * the production-build test). Patterns match a path's start only, so `/pricing/aff/X` (form 1 on a page) stays
 * with the API Worker, which answers it with the same code (workers/tracker/serve-tracking.ts).
 */
export const TRACKER_ROUTE_PATHS = ['/aff/*', '/click*', '/r/*', '/aff-click.js', '/client-click'] as const;

/** The patterns on every host, as Miniflare's `routes` take them. */
export const localTrackerRoutes = (): string[] => TRACKER_ROUTE_PATHS.map((path) => `*${path}`);
