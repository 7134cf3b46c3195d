import { z } from 'zod';

/** The bindings wrangler.toml declares, plus secrets. */
export interface Env {
  DATABASE_URL: string;
  /** Local only: host:port/path of the WebSocket relay in front of a plain Postgres. */
  NEON_WS_PROXY?: string;
  ENVIRONMENT: string;
  APP_VERSION: string;
  CLICKS: Queue<unknown>;
  CLICKS_DLQ: Queue<unknown>;
  ROUTING: KVNamespace;
  ASSETS: Fetcher;
}

const binding = <T>(name: string, method: string) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[method] === 'function', {
    message: `${name} binding is missing`,
  });

const configSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  NEON_WS_PROXY: z.string().min(1).optional(),
  ENVIRONMENT: z.enum(['development', 'test', 'production']),
  APP_VERSION: z.string().min(1),
  CLICKS: binding<Queue<unknown>>('CLICKS', 'send'),
  CLICKS_DLQ: binding<Queue<unknown>>('CLICKS_DLQ', 'send'),
  ROUTING: binding<KVNamespace>('ROUTING', 'get'),
  ASSETS: binding<Fetcher>('ASSETS', 'fetch'),
});

export type Config = z.infer<typeof configSchema>;

// The runtime hands the same env object to every invocation of an isolate, so this checks once.
const checked = new WeakMap<object, Config>();

/** Validates the environment; a misconfigured deploy fails loudly on its first request. */
export function loadConfig(env: Env): Config {
  const hit = checked.get(env);
  if (hit) return hit;
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid Worker environment: ${detail}`);
  }
  checked.set(env, result.data);
  return result.data;
}
