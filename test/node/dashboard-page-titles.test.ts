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

const resolveFile = (base: string) =>
  ['', '.tsx', '.ts', '/index.tsx', '/index.ts']
    .map((ext) => base + ext)
    .filter((p) => existsSync(p) && statSync(p).isFile());

/**
 * The dashboard modules a file imports (aliased or relative), as paths on disk. Through a feature's index.ts
 * only the modules that export the names imported count, so a feature's other pages do not vouch for this one.
 */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Static imports (with their names), and the dynamic import() of a page a route loads lazily.
  return [
    ...text.matchAll(/(?:import\s*(?:type\s*)?\{([^}]*)\}\s*from |from |import\()'((?:@\/|\.{1,2}\/)[^']+)'/g),
  ].flatMap(([, names, spec]) => {
    const base = spec!.startsWith('@/') ? join(SRC, spec!.slice(2)) : resolve(dirname(file), spec!);
    const found = resolveFile(base);
    const index = found.find((p) => p.endsWith('/index.ts'));
    if (!index || names === undefined) return found;
    const wanted = names.split(',').map(
      (n) =>
        n
          .replace(/\btype\s+/, '')
          .trim()
          .split(/\s+as\s+/)[0],
    );
    return [...readFileSync(index, 'utf8').matchAll(/export (?:type )?\{([^}]*)\} from '([^']+)'/g)]
      .filter(([, exported]) =>
        exported!.split(',').some((n) =>
          wanted.includes(
            n
              .trim()
              .split(/\s+as\s+/)
              .at(-1),
          ),
        ),
      )
      .flatMap(([, , from]) => resolveFile(resolve(dirname(index), from!)));
  });
}

/** Whether the page or a page component it renders (two imports deep, as routes render feature components) titles the tab. */
function titlesTheTab(file: string, depth = 2): boolean {
  if (TITLES.test(readFileSync(file, 'utf8'))) return true;
  return depth > 0 && imports(file).some((dep) => /\/(features|pages|ui)\//.test(dep) && titlesTheTab(dep, depth - 1));
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
