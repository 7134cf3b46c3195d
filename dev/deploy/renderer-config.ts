import { parse } from 'smol-toml';
import { readDeployConfig } from './config';

type Table = Record<string, unknown>;

/**
 * Pure: what is wrong with the renderer Worker's config (wrangler.renderer.toml) beside the API Worker's
 * (wrangler.toml); empty when nothing. deploy:setup provisions nothing for it: it binds no queue, KV or bucket, has
 * no route or workers.dev address (only the API's RENDERER service binding reaches it), and is the Worker that
 * binding names, on the same compatibility date.
 */
export function checkRendererConfig(apiToml: string, rendererToml: string): string[] {
  const api = parse(apiToml) as Table;
  const doc = parse(rendererToml) as Table;
  const renderer = readDeployConfig(rendererToml);
  const problems: string[] = [];
  const binding = (Array.isArray(api.services) ? (api.services as Table[]) : []).find((s) => s.binding === 'RENDERER');
  if (binding?.service !== renderer.workerName)
    problems.push(
      `wrangler.toml's RENDERER service binding names "${String(binding?.service)}", not "${renderer.workerName}"`,
    );
  if (doc.compatibility_date !== api.compatibility_date)
    problems.push('wrangler.renderer.toml has another compatibility_date than wrangler.toml');
  const resources = [
    ...renderer.queues.map((q) => `queue ${q}`),
    ...renderer.kvNamespaces.map((kv) => `KV ${kv.binding}`),
    ...renderer.notHandled,
  ];
  if (resources.length > 0)
    problems.push(`wrangler.renderer.toml binds ${resources.join(', ')}: the renderer needs no storage`);
  if (doc.workers_dev !== false || doc.route !== undefined || doc.routes !== undefined)
    problems.push('wrangler.renderer.toml must set workers_dev = false and no route: only the API Worker calls it');
  return problems;
}
