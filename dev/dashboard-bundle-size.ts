// Run by `npm run build:dashboard` after vite build: prints the gzipped JS the login page loads before it can
// show anything (entry chunk, its static imports, the login route's chunks and their static imports, the
// English common/auth translations) and exits 1 above the budget. test/node/dashboard-bundle.test.ts checks it too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const LOGIN_BUDGET_BYTES = 200 * 1024;
export const dashboardDist = fileURLToPath(new URL('../dist/dashboard', import.meta.url));

type ManifestChunk = { file: string; name?: string; src?: string; isEntry?: boolean; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** Source files whose chunks the login page needs at first paint (route files split into several chunks). */
const LOGIN_SOURCES = [
  'src/routes/_public/route.tsx',
  'src/routes/_public/login.tsx',
  'src/locales/en/common.json',
  'src/locales/en/auth.json',
];

export function measureLoginBundle(dist = dashboardDist): { files: string[]; gzipBytes: number } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const roots = Object.entries(manifest)
    // The login route's code is the `login` chunk of dashboard/vite.config.ts's groups, under its name only.
    .filter(
      ([key, chunk]) =>
        chunk.isEntry || chunk.name === 'login' || LOGIN_SOURCES.some((source) => key.split('?')[0] === source),
    )
    .map(([key]) => key);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const key of roots) visit(key);
  const files = [...new Set([...seen].map((key) => manifest[key]!.file))].filter((file) => file.endsWith('.js'));
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files, gzipBytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, gzipBytes } = measureLoginBundle();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`login page JS: ${kb(gzipBytes)} gzipped in ${files.length} files (budget ${kb(LOGIN_BUDGET_BYTES)})`);
  if (gzipBytes > LOGIN_BUDGET_BYTES) {
    console.error('The login page loads more JS than the budget: move imports into lazily loaded routes.');
    process.exit(1);
  }
}
