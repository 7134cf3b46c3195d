import { parse } from 'smol-toml';

/** A KV binding as wrangler.toml declares it; `id` is null while it is a placeholder. */
export interface KvNamespaceConfig {
  binding: string;
  id: string | null;
}

/** What deploy:setup creates: every queue and KV namespace the Worker binds. */
export interface DeployConfig {
  workerName: string;
  /** Producers, consumers and dead-letter queues, each once, in the order the file names them. */
  queues: string[];
  kvNamespaces: KvNamespaceConfig[];
  /** Config this script does not provision (other resource kinds, [env.*] blocks): said, not skipped silently. */
  notHandled: string[];
  /** `[vars]`: some decide which secrets are required (BILLING_ENABLED). */
  vars: Record<string, unknown>;
}

/**
 * The ids the repository ships (`00000000000000000000000000000001`, …): a real KV id is 32 random
 * hex digits, never 24 zeros in a row at its start.
 */
export const isPlaceholderKvId = (id: string | undefined): boolean => !id || /^0{24}/.test(id);

/** Resource kinds a Worker may bind that need creating before a deploy, and that we do not handle. */
const OTHER_RESOURCES = ['r2_buckets', 'd1_databases', 'hyperdrive', 'vectorize', 'durable_objects'];

type Table = Record<string, unknown>;
const tables = (value: unknown): Table[] =>
  Array.isArray(value) ? value.filter((v): v is Table => typeof v === 'object' && v !== null) : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** Reads the resources to provision from wrangler.toml's text (top level; `[env.*]` is reported, not read). */
export function readDeployConfig(toml: string): DeployConfig {
  const doc = parse(toml) as Table;
  const workerName = text(doc.name);
  if (!workerName) throw new Error('wrangler.toml has no name');
  const queueTables = (doc.queues ?? {}) as Table;
  const named = [
    ...tables(queueTables.producers).map((p) => text(p.queue)),
    ...tables(queueTables.consumers).flatMap((c) => [text(c.queue), text(c.dead_letter_queue)]),
  ].filter((q): q is string => q !== undefined);
  const kvNamespaces = tables(doc.kv_namespaces).map((kv) => {
    const binding = text(kv.binding);
    if (!binding) throw new Error('a [[kv_namespaces]] entry has no binding');
    const id = text(kv.id);
    return { binding, id: isPlaceholderKvId(id) ? null : id! };
  });
  const notHandled = [
    ...OTHER_RESOURCES.filter((key) => doc[key] !== undefined).map((key) => `[[${key}]]`),
    ...Object.keys((doc.env ?? {}) as Table).map((env) => `[env.${env}]`),
  ];
  const vars = (doc.vars ?? {}) as Table;
  return { workerName, queues: [...new Set(named)], kvNamespaces, notHandled, vars };
}
