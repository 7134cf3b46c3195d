import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Every page titles the browser tab: PageHeader (and the signed-out PublicCard) call usePageTitle with their
// title, other pages call it themselves. A page is a route file with a component; layouts and redirects are not.
const SRC = resolve(__dirname, '../../dashboard/src');
const ROUTES = join(SRC, 'routes');
const TITLES = /<PageHeader\b|<PublicCard\b|\busePageTitle\(/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** The dashboard modules a file imports (aliased or relative), as paths on disk. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Static imports, and the dynamic import() of a page a route loads lazily.
  return [...text.matchAll(/(?:from |import\()'((?:@\/|\.{1,2}\/)[^']+)'/g)].flatMap(([, spec]) => {
    const base = spec!.startsWith('@/') ? join(SRC, spec!.slice(2)) : resolve(dirname(file), spec!);
    return ['.tsx', '.ts', '/index.tsx', '/index.ts'].map((ext) => base + ext).filter((p) => existsSync(p));
  });
}

/** Whether the page or a page component it renders (two imports deep, as routes render feature components) titles the tab. */
function titlesTheTab(file: string, depth = 2): boolean {
  if (TITLES.test(readFileSync(file, 'utf8'))) return true;
  return depth > 0 && imports(file).some((dep) => dep.includes('/components/') && titlesTheTab(dep, depth - 1));
}

const pages = routeFiles(ROUTES).filter((file) => {
  const text = readFileSync(file, 'utf8');
  const layout = file.endsWith('/route.tsx') || file.endsWith('__root.tsx');
  return !layout && /\bcomponent:/.test(text);
});

describe('tab titles', () => {
  test('there are pages to check', () => expect(pages.length).toBeGreaterThan(50));
  test.each(pages.map((file) => [relative(ROUTES, file), file]))('%s titles the browser tab', (_name, file) => {
    expect(titlesTheTab(file)).toBe(true);
  });
  test('the check can fail: a page of plain text does not pass', () => {
    expect(TITLES.test("export const Route = createFileRoute('/x')({ component: () => <p>x</p> });")).toBe(false);
  });
});
