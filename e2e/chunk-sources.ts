import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dashboardDist } from '../dev/dashboard-bundle-size';

/**
 * The source files a built asset came from (`src/locales/en/org.json`, `src/routes/_public/login.tsx`), read
 * from Vite's manifest: chunk files are named by hash. The manifest names a chunk of dashboard/vite.config.ts's
 * code-splitting groups only by the group (`login`, `text-en`), not its modules: a `text-<language>` chunk stands
 * for that language's namespaces that have no chunk of their own, the `login` chunk for the login route. An
 * asset the manifest does not know keeps its URL.
 */
export function chunkSources(): (url: string) => string[] {
  const manifest = JSON.parse(readFileSync(join(dashboardDist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; name?: string }
  >;
  const sourcesOf = new Map<string, string[]>();
  const add = (file: string, sources: string[]) => sourcesOf.set(file, [...(sourcesOf.get(file) ?? []), ...sources]);
  for (const [source, chunk] of Object.entries(manifest)) {
    const text = /^text-(\w+)$/.exec(chunk.name ?? '')?.[1];
    if (text)
      add(
        chunk.file,
        namespacesOf(text).filter((namespace) => !manifest[namespace]),
      );
    else if (chunk.name === 'login') add(chunk.file, ['src/routes/_public/login.tsx']);
    else if (!source.startsWith('_')) add(chunk.file, [source]);
  }
  return (url) => sourcesOf.get(new URL(url).pathname.slice(1)) ?? [url];
}

const namespacesOf = (language: string) =>
  readdirSync(fileURLToPath(new URL(`../dashboard/src/locales/${language}`, import.meta.url))).map(
    (file) => `src/locales/${language}/${file}`,
  );
