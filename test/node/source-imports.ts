import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root, from which every path these helpers return is relative (with / separators). */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** Source files under `dir` (relative to the root), tests left out: they may reach anywhere to set up. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(relative(repoRoot, path));
    }
  };
  walk(join(repoRoot, dir));
  return out.sort();
}

// Static imports and re-exports (type-only ones too: they tie the files together just the same) and import().
const SPECIFIER =
  /^\s*(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

export interface SourceImport {
  /** As written in the file. */
  specifier: string;
  /** The file it resolves to, relative to the root; undefined for a package. */
  target: string | undefined;
}

/** Resolves a relative specifier the way the bundler does: the file itself, `.ts`/`.tsx`, or the folder's index. */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(repoRoot, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(repoRoot, candidate);
  }
  return relative(repoRoot, base);
}

/** What a source file imports, in the order written. `aliases` maps a prefix like `@/` to a root-relative folder. */
export function importsOf(file: string, aliases: Record<string, string> = {}): SourceImport[] {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => {
    const specifier = (m[1] ?? m[2] ?? m[3])!;
    if (specifier.startsWith('.')) return { specifier, target: resolveRelative(file, specifier) };
    const alias = Object.keys(aliases).find((prefix) => specifier.startsWith(prefix));
    if (alias === undefined) return { specifier, target: undefined };
    const rest = specifier.slice(alias.length);
    return { specifier, target: resolveRelative(join(aliases[alias]!, 'x.ts'), `./${rest}`) };
  });
}
