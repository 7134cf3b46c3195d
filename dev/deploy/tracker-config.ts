import { readDeployConfig } from './config';
import { writeKvIds } from './write-ids';

/**
 * Pure: the tracker's config (wrangler.tracker.toml) with the KV ids of the API Worker's (wrangler.toml), so both
 * Workers bind the same namespaces. Throws when the tracker binds a namespace or a queue the API Worker does not:
 * deploy:setup provisions what wrangler.toml names, and the tracker only shares those.
 */
export function syncTrackerConfig(apiToml: string, trackerToml: string): string {
  const api = readDeployConfig(apiToml);
  const tracker = readDeployConfig(trackerToml);
  const strays = tracker.queues.filter((q) => !api.queues.includes(q));
  if (strays.length > 0)
    throw new Error(`wrangler.tracker.toml names queues wrangler.toml does not: ${strays.join(', ')}`);
  const ids: Record<string, string> = {};
  for (const { binding } of tracker.kvNamespaces) {
    const own = api.kvNamespaces.find((kv) => kv.binding === binding);
    if (!own) throw new Error(`wrangler.tracker.toml binds KV ${binding}, which wrangler.toml does not`);
    if (own.id !== null) ids[binding] = own.id;
  }
  return Object.keys(ids).length > 0 ? writeKvIds(trackerToml, ids) : trackerToml;
}
