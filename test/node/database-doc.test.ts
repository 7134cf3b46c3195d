import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { databaseDocPath, renderDatabaseDoc } from '../../dev/database-doc';

const rendered = renderDatabaseDoc();

describe('docs/database.md', () => {
  test('is what the generator prints from schema/', () => {
    const committed = readFileSync(databaseDocPath, 'utf8');
    if (committed === rendered) return;
    const a = committed.split('\n');
    const b = rendered.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]) + 1 || Math.min(a.length, b.length) + 1;
    expect.fail(
      `docs/database.md differs from schema/ from line ${line} on: run \`npm run docs:database\` and commit the result`,
    );
  });

  test('holds one Mermaid erDiagram whose relationships join declared entities', () => {
    const blocks = [...rendered.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(1);
    const [first, ...lines] = blocks[0]!.trimEnd().split('\n');
    expect(first).toBe('erDiagram');

    const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
    // Mermaid's attribute words: a letter first, then letters, digits, -, _, [], ().
    const attribute = /^ {4}[A-Za-z][\w\-[\]()]* [A-Za-z_]\w*(?: (?:PK|FK|UK)(?:, (?:PK|FK|UK))*)?$/;
    const relationship = /^ {2}(\S+) (\|\||\|o)--(o\{|o\|) (\S+) : "[^"]+"$/;
    const entities = new Set<string>();
    const related: [string, string][] = [];
    let open: string | null = null;
    for (const line of lines) {
      if (open !== null) {
        if (line === '  }') open = null;
        else expect(line, `attribute of ${open}`).toMatch(attribute);
        continue;
      }
      const entity = /^ {2}(\S+) \{$/.exec(line);
      if (entity) {
        const name = entity[1]!;
        expect(name, 'entity name').toMatch(identifier);
        expect(entities.has(name), `${name} declared twice`).toBe(false);
        entities.add(name);
        open = name;
        continue;
      }
      const relation = relationship.exec(line);
      expect(relation, `not an entity, attribute or relationship: ${line}`).not.toBeNull();
      related.push([relation![1]!, relation![4]!]);
    }
    expect(open, 'unclosed entity').toBeNull();
    expect(entities.size).toBeGreaterThan(0);
    expect(related.length).toBeGreaterThan(0);
    for (const [parent, child] of related) {
      expect(entities, `relationship ${parent} -> ${child}`).toContain(parent);
      expect(entities, `relationship ${parent} -> ${child}`).toContain(child);
    }
  });
});
