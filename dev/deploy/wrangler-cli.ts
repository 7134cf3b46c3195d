import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ExistingResources } from './plan';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs one wrangler command; resolves with its output, rejects with it on a non-zero exit. */
export type WranglerRun = (args: string[], opts?: { echo?: boolean }) => Promise<string>;

/** `wrangler …` in the repository, as the operator's login (or CLOUDFLARE_API_TOKEN) allows. */
export const wrangler: WranglerRun = (args, opts = {}) => {
  return new Promise((resolve, reject) => {
    const child = spawn(`${root}node_modules/.bin/wrangler`, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', FORCE_COLOR: '0' },
    });
    let out = '';
    const take = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (opts.echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('error', reject);
    child.once('close', (code) => {
      out = stripAnsi(out);
      if (code === 0) resolve(out);
      else reject(new Error(`wrangler ${args.join(' ')} exited ${code}:\n${out.trim()}`));
    });
  });
};

// Wrangler colours some output even when told not to; parsing wants plain text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is removed.
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The names in `wrangler queues list`'s table (cli-table3 borders; the banner and other lines ignored). */
export function parseQueueTable(output: string): string[] {
  const rows = stripAnsi(output)
    .split('\n')
    .filter((line) => line.trimStart().startsWith('│'))
    .map((line) =>
      line
        .trim()
        .replace(/^│|│$/g, '')
        .split('│')
        .map((cell) => cell.trim()),
    );
  const column = rows[0]?.indexOf('name') ?? -1;
  if (column < 0) return [];
  return rows
    .slice(1)
    .map((row) => row[column] ?? '')
    .filter(Boolean);
}

/** The JSON array a wrangler command printed, ignoring anything around it (its lines may hold brackets). */
export function parseJsonArray(output: string): unknown[] {
  const end = output.lastIndexOf(']');
  for (let start = output.indexOf('['); start >= 0 && start < end; start = output.indexOf('[', start + 1)) {
    try {
      const value = JSON.parse(output.slice(start, end + 1)) as unknown;
      if (Array.isArray(value)) return value;
    } catch {
      // not the list yet: an error tag such as "[ERROR]", or text before it
    }
  }
  throw new Error(`expected a JSON list from wrangler, got:\n${output.trim()}`);
}

/** Every queue, walking `wrangler queues list --page N` until a page adds no name. */
async function listQueues(run: WranglerRun): Promise<string[]> {
  const names = new Set<string>();
  for (let page = 1; page <= 100; page++) {
    const before = names.size;
    for (const name of parseQueueTable(await run(['queues', 'list', '--page', String(page)]))) names.add(name);
    if (names.size === before) break;
  }
  return [...names];
}

async function listKvNamespaces(run: WranglerRun): Promise<{ id: string; title: string }[]> {
  return parseJsonArray(await run(['kv', 'namespace', 'list'])).map((ns) => {
    const { id, title } = ns as { id?: unknown; title?: unknown };
    if (typeof id !== 'string' || typeof title !== 'string') throw new Error('unexpected KV namespace entry');
    return { id, title };
  });
}

export async function listExisting(run: WranglerRun): Promise<ExistingResources> {
  return { queues: await listQueues(run), kvNamespaces: await listKvNamespaces(run) };
}

/** The names of the Worker's secrets; throws when wrangler cannot list them (e.g. no such Worker yet). */
export async function listSecretNames(run: WranglerRun): Promise<string[]> {
  return parseJsonArray(await run(['secret', 'list', '--format', 'json'])).map(
    (s) => (s as { name?: unknown }).name as string,
  );
}
