import { describe, expect, test } from 'vitest';
import { importsOf, sourceFiles } from './source-imports';

// workers/services/<area>/…: the middle floor. Areas call each other through their index.ts, and only
// downhill: a loop between areas means neither can be understood, tested or moved without the other.
const SERVICES = 'workers/services/';

function areaOf(file: string): string | undefined {
  if (!file.startsWith(SERVICES)) return undefined;
  const parts = file.slice(SERVICES.length).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** area → imported area → the files that make the arrow. */
type AreaGraph = Map<string, Map<string, Set<string>>>;

function areaGraph(): { graph: AreaGraph; internal: string[]; shared: string[] } {
  const graph: AreaGraph = new Map();
  const internal: string[] = [];
  const shared: string[] = [];
  for (const file of sourceFiles(SERVICES)) {
    const from = areaOf(file);
    for (const { specifier, target } of importsOf(file)) {
      const to = target && areaOf(target);
      if (!to || to === from) continue;
      // services/*.ts beside the areas are helpers every area may use; they must not lean on an area.
      if (!from) {
        shared.push(`${file} imports ${specifier}`);
        continue;
      }
      if (target !== `${SERVICES}${to}/index.ts`) internal.push(`${file} imports ${specifier}`);
      const arrows = graph.get(from) ?? new Map<string, Set<string>>();
      graph.set(from, arrows);
      arrows.set(to, (arrows.get(to) ?? new Set()).add(file));
    }
  }
  return { graph, internal, shared };
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
  // One concrete loop inside each component: walk from its first member, staying inside, until a repeat.
  return components.map((component) => {
    const inside = new Set(component);
    const path = [component.sort()[0]!];
    while (path.indexOf(path.at(-1)!) === path.length - 1) {
      path.push(next(path.at(-1)!).filter((w) => inside.has(w))[0]!);
    }
    return path.slice(path.indexOf(path.at(-1)!));
  });
}

describe('findCycles', () => {
  test('finds a loop and leaves a chain alone', () => {
    const graph = (pairs: [string, string][]) => {
      const edges = new Map<string, string[]>();
      for (const [a, b] of pairs) edges.set(a, [...(edges.get(a) ?? []), b]);
      return edges;
    };
    expect(
      findCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([]);
    expect(
      findCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
  });
});

describe('workers/services areas', () => {
  const { graph, internal, shared } = areaGraph();

  test('import each other without loops', () => {
    const edges = new Map([...graph].map(([area, arrows]) => [area, [...arrows.keys()]]));
    const loops = findCycles(edges).map((cycle) =>
      cycle
        .slice(1)
        .map((to, i) => `  ${cycle[i]} → ${to} (${[...graph.get(cycle[i]!)!.get(to)!].join(', ')})`)
        .join('\n'),
    );
    expect(loops, `import loops between service areas:\n${loops.join('\n\n')}`).toEqual([]);
  });

  test('import another area only through its index.ts, never one of its files', () => {
    expect(internal, 'export the step from the area index.ts and import that').toEqual([]);
  });

  test('services/*.ts helpers import no area', () => {
    expect(shared, 'a helper that needs an area belongs inside an area').toEqual([]);
  });

  test('sees the areas it guards', () => {
    expect(graph.size).toBeGreaterThan(10);
  });
});
