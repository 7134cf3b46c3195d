import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handWrittenCardHeaders } from './card-headers';
import { importsOf, repoRoot, sourceFiles } from './source-imports';

// dashboard/src has the backend's shape: features/<area>/ (named like workers/services/<area>) hold a
// feature's components and queries and are reached from outside only through their index.ts; ui/ is the
// floor of shared primitives and leans on no feature; pages/ (compositions of features), shell/ and the thin
// routes/ import features by index. dashboard/src/ui/README.md says the same for the reader.
const SRC = 'dashboard/src/';
const ALIASES = { '@/': 'dashboard/src' };

/** The unit a file belongs to: `features/<area>`, `ui`, `routes`, or another top folder (lib, nav, …). */
function unitOf(file: string): string | undefined {
  if (!file.startsWith(SRC)) return undefined;
  const parts = file.slice(SRC.length).split('/');
  if (parts.length === 1) return 'root';
  if (parts[0] === 'features') return parts.length > 2 ? `features/${parts[1]}` : undefined;
  return parts[0];
}

const isFeature = (unit: string | undefined): unit is string => unit?.startsWith('features/') ?? false;

/** feature → imported feature → the files that make the arrow. */
type Graph = Map<string, Map<string, Set<string>>>;

interface Findings {
  graph: Graph;
  /** An import of a feature's file other than its index.ts, from outside the feature. */
  deep: string[];
  /** ui/ importing a feature or a route. */
  uiReach: string[];
  /** routes/ importing a feature's file other than its index.ts. */
  routeDeep: string[];
  /** Imports that cross from one feature into another. */
  crossFeature: number;
}

function findings(): Findings {
  const graph: Graph = new Map();
  const found: Findings = { graph, deep: [], uiReach: [], routeDeep: [], crossFeature: 0 };
  for (const file of sourceFiles(SRC)) {
    if (file.endsWith('routeTree.gen.ts')) continue;
    const from = unitOf(file);
    for (const { specifier, target } of importsOf(file, ALIASES)) {
      const to = target && unitOf(target);
      if (!to || to === from) continue;
      const line = `${file} imports ${specifier}`;
      if (from === 'ui' && (isFeature(to) || to === 'routes')) found.uiReach.push(line);
      if (!isFeature(to)) continue;
      const viaIndex = target === `${SRC}${to}/index.ts`;
      if (!viaIndex) (from === 'routes' ? found.routeDeep : found.deep).push(line);
      if (!isFeature(from)) continue;
      found.crossFeature++;
      const arrows = graph.get(from) ?? new Map<string, Set<string>>();
      graph.set(from, arrows);
      arrows.set(to, (arrows.get(to) ?? new Set()).add(file));
    }
  }
  return found;
}

/** Every loop, as one cycle per strongly connected component (Tarjan), e.g. ['a', 'b', 'a']. */
function findCycles(edges: Map<string, Iterable<string>>): string[][] {
  const next = (v: string) => [...(edges.get(v) ?? [])];
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next(v)) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || next(v).includes(v)) components.push(component);
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((component) => {
    const inside = new Set(component);
    const path = [component.sort()[0]!];
    while (path.indexOf(path.at(-1)!) === path.length - 1) {
      path.push(next(path.at(-1)!).filter((w) => inside.has(w))[0]!);
    }
    return path.slice(path.indexOf(path.at(-1)!));
  });
}

const rule = (found: unknown[], message: string) => expect(found, message).toEqual([]);

describe('dashboard/src areas', () => {
  const { graph, deep, uiReach, routeDeep, crossFeature } = findings();
  const loops = findCycles(new Map([...graph].map(([area, arrows]) => [area, [...arrows.keys()]]))).map((cycle) =>
    cycle
      .slice(1)
      .map((to, i) => `  ${cycle[i]} → ${to} (${[...graph.get(cycle[i]!)!.get(to)!].join(', ')})`)
      .join('\n'),
  );

  test('features import each other without loops', () => {
    rule(loops, `import loops between features:\n${loops.join('\n\n')}`);
  });

  test('a feature is reached from outside only through its index.ts', () => {
    rule(deep, 'deep imports into a feature (export it from the feature index.ts and import that)');
  });

  test('ui/ imports no feature and no route', () => {
    rule(uiReach, 'ui/ imports of a feature (a primitive that needs a feature belongs in that feature)');
  });

  test('routes import features only through their index.ts', () => {
    rule(routeDeep, 'route imports past a feature index (routes stay thin: import the feature, not its files)');
  });

  test('sees the features it guards', () => {
    expect(graph.size).toBeGreaterThan(10);
    expect(crossFeature).toBeGreaterThan(0);
  });
});

// The card header (a bordered Paper opening with a Title, bare or inside a Stack/Group) is written once, in ui/:
// SectionCard for the signed-in pages (h2/h3, description, actions), PublicCard for the signed-out ones (h1).
describe('dashboard card headers', () => {
  test('no feature, page, route or shell file hand-writes a card header', () => {
    const found = sourceFiles(SRC)
      .filter((file) => file.endsWith('.tsx') && unitOf(file) !== 'ui')
      .map((file) => ({ file, text: readFileSync(join(repoRoot, file), 'utf8') }))
      .filter(({ text }) => text.includes('<Paper'))
      .flatMap(({ file, text }) => handWrittenCardHeaders(text, file).map((line) => `${file}:${line}`));
    rule(
      found,
      'hand-written card headers (use SectionCard from @/ui/section-card, or PublicCard on a signed-out page)',
    );
  });

  test('the check sees a Paper that opens with a Title, bare or wrapped, and lets SectionCard pass', () => {
    const planted = [
      '<Paper withBorder><Title order={2}>Hi</Title><Text c="dimmed">x</Text></Paper>',
      '<Paper p="md"><Stack gap="md"><Group justify="space-between"><Title order={2}>Hi</Title><Button /></Group></Stack></Paper>',
      '<Paper p="md"><Stack><div><Title order={2}>Hi</Title></div></Stack></Paper>',
    ];
    for (const jsx of planted) expect(handWrittenCardHeaders(`const a = ${jsx};`), jsx).toEqual([1]);
    const fine = [
      '<SectionCard title="Hi"><Text>x</Text></SectionCard>',
      '<Paper p="xs"><Text>a row</Text><Title order={3}>later</Title></Paper>',
    ];
    for (const jsx of fine) expect(handWrittenCardHeaders(`const a = ${jsx};`), jsx).toEqual([]);
  });
});
