import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { repoRoot, sourceFiles } from './source-imports';

// A static reading of workers/: which exported service verbs the edge (routes, queue consumers, cron jobs) calls,
// and for each whether it writes, records audit and checks access, following the steps it calls. It reads files as
// text, so it can be run over the real tree or over the tree with a planted file (writing-verbs-audit.test.ts).

/** Root-relative path → source text. */
export type SourceSet = Map<string, string>;

export function workersSources(): SourceSet {
  return new Map(sourceFiles('workers').map((file) => [file, readFileSync(join(repoRoot, file), 'utf8')]));
}

/** A database write: drizzle's insert/update/delete on a db, a transaction or an executor, raw SQL, or a transaction. */
const WRITES = [
  /\b(?:db|tx|executor)\s*\.\s*(?:insert|update|delete)\s*\(/,
  /\b(?:insert\s+into|delete\s+from)\s+["\w.]+|\bupdate\s+["\w.]+\s+set\b/i,
  /\binTransaction\s*\(/,
];
const AUDIT_GUARD = 'recordAudit';
/** The guards of services/access/ that establish who acts: the tenant, the affiliate, the signed-in user, staff. */
export const ACCESS_GUARDS = [
  'actingAdvertiser',
  'affiliateScope',
  'actorId',
  'requirePlatformAdmin',
  'requirePlatformStaff',
  'requirePlatformOwner',
  'audienceScope',
];

interface Binding {
  file: string;
  name: string;
}

const IMPORT = /^\s*import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"](\.[^'"]*)['"]/gm;
const RE_EXPORT = /^\s*export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"](\.[^'"]*)['"]/gm;
const EXPORTED_FN =
  /export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)(?:\s*:[^=]+)?\s*=\s*(?:async\s*)?(?:<[^>]*>)?\(/g;

function resolve(sources: SourceSet, from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  return [`${base}.ts`, join(base, 'index.ts'), base].find((f) => sources.has(f));
}

/** `{ a, type B, c as d }` → [[exported name, local name]], types left out. */
function names(list: string): [string, string][] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => {
      const [name, local] = s.split(/\s+as\s+/);
      return [name!.trim(), (local ?? name)!.trim()];
    });
}

/** Follows an index's re-exports to the file that defines `name`. */
function definition(sources: SourceSet, file: string, name: string, seen = 0): Binding {
  if (seen > 8 || !file.endsWith('index.ts')) return { file, name };
  for (const m of sources.get(file)!.matchAll(RE_EXPORT)) {
    for (const [exported, local] of names(m[1]!)) {
      const target = resolve(sources, file, m[2]!);
      if (local === name && target) return definition(sources, target, exported, seen + 1);
    }
  }
  return { file, name };
}

/** A first parameter that carries the database: `{ ctx, … }`, or the older ctx/db/tx/executor forms. */
const STEP_FIRST = /^(?:\{[^}]*\bctx\b|(?:ctx|db|tx|executor)\s*[:,)]|\w+\s*:\s*(?:ServiceContext|Executor|Db|Tx)\b)/;

/**
 * Whether `name` in `file` is a step (it gets the database, so it can read or write) rather than a pure helper
 * such as a SQL fragment builder: only steps carry their file's writes, audit and guards to their callers.
 */
function isStep(sources: SourceSet, { file, name }: Binding): boolean {
  const text = sources.get(file);
  if (!text) return false;
  const signature = new RegExp(
    `(?:function\\s+${name}|const\\s+${name}(?:\\s*:[^=]+)?\\s*=\\s*(?:async\\s*)?)(?:<[^>]*>)?\\(\\s*([^)]{0,80})`,
  ).exec(text);
  return signature !== null && STEP_FIRST.test(signature[1]!.trim());
}

/** The functions a file imports and calls, by their defining file. */
function calls(sources: SourceSet, file: string): Binding[] {
  const text = sources.get(file)!;
  const out: Binding[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolve(sources, file, m[2]!);
    if (!target) continue;
    for (const [name, local] of names(m[1]!)) {
      if (new RegExp(`\\b${local}\\s*\\(`).test(text)) out.push(definition(sources, target, name));
    }
  }
  return out;
}

export interface VerbFacts {
  writes: boolean;
  audits: boolean;
  checksAccess: boolean;
}

/**
 * Per service file, whether it (or a service step it calls, transitively) writes, records audit and calls an access
 * guard. File-level: a service file holds one verb and its private helpers. The audit and access areas themselves
 * are the sources of those facts, not writers (the trail's own insert is not a change to guard).
 */
export function serviceFacts(sources: SourceSet): Map<string, VerbFacts> {
  const files = [...sources.keys()].filter((f) => f.startsWith('workers/services/'));
  const edges = new Map(files.map((f) => [f, calls(sources, f).filter((b) => b.file.startsWith('workers/services/'))]));
  const facts = new Map<string, VerbFacts>();
  const visit = (file: string, stack: Set<string>): VerbFacts => {
    const known = facts.get(file);
    if (known) return known;
    const text = sources.get(file)!;
    const own = edges.get(file) ?? [];
    const isAudit = file.startsWith('workers/services/audit/');
    const isAccess = file.startsWith('workers/services/access/');
    const result: VerbFacts = {
      writes: !isAudit && !isAccess && WRITES.some((re) => re.test(text)),
      audits: own.some((b) => b.name === AUDIT_GUARD),
      checksAccess: own.some((b) => b.file.startsWith('workers/services/access/') && ACCESS_GUARDS.includes(b.name)),
    };
    stack.add(file);
    for (const step of own) {
      if (stack.has(step.file) || !isStep(sources, step)) continue;
      const sub = visit(step.file, stack);
      result.writes ||= sub.writes;
      result.audits ||= sub.audits;
      result.checksAccess ||= sub.checksAccess;
    }
    stack.delete(file);
    facts.set(file, result);
    return result;
  };
  for (const f of files) visit(f, new Set());
  return facts;
}

export interface EntryVerb extends VerbFacts {
  /** `area/verbName` */
  id: string;
  file: string;
  /** Who calls it from outside services/: 'route' when any route does, else 'system' (consumers, cron, entry). */
  caller: 'route' | 'system';
}

/** The exported service functions the edge calls (through the areas' indexes), with what they do. */
export function entryVerbs(sources: SourceSet): EntryVerb[] {
  const facts = serviceFacts(sources);
  const callers = new Map<string, { binding: Binding; route: boolean }>();
  for (const file of sources.keys()) {
    if (file.startsWith('workers/services/')) continue;
    for (const b of calls(sources, file)) {
      if (!b.file.startsWith('workers/services/')) continue;
      const key = `${b.file}#${b.name}`;
      const route = file.startsWith('workers/api/') || callers.get(key)?.route === true;
      callers.set(key, { binding: b, route });
    }
  }
  return [...callers.values()]
    .filter(({ binding }) =>
      new Set([...sources.get(binding.file)!.matchAll(EXPORTED_FN)].map((m) => m[1] ?? m[2])).has(binding.name),
    )
    .map(({ binding, route }) => ({
      id: `${binding.file.split('/')[2]}/${binding.name}`,
      file: binding.file,
      caller: route ? ('route' as const) : ('system' as const),
      ...facts.get(binding.file)!,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
