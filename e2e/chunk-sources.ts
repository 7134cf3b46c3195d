import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardDist } from '../dev/dashboard-bundle-size';

/**
 * The source file a built asset came from (`src/locales/en/org.json`, `src/routes/_public/login.tsx`), read
 * from Vite's manifest: chunk files are named by hash alone. An asset the manifest does not know keeps its URL.
 */
export function chunkSources(): (url: string) => string {
  const manifest = JSON.parse(readFileSync(join(dashboardDist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const sourceOf = new Map(Object.entries(manifest).map(([source, chunk]) => [chunk.file, source]));
  return (url) => sourceOf.get(new URL(url).pathname.slice(1)) ?? url;
}
