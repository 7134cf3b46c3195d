import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './source-imports';

// README's feature list and CONTRIBUTING's integration list name the folders they describe, so a new area or
// integration shows up in both or the suite fails (README once named none of a whole wave of features).

const folders = (dir: string) =>
  readdirSync(join(repoRoot, dir)).filter((name) => statSync(join(repoRoot, dir, name)).isDirectory());

/** The `code` names after each "Areas:" (README) or "Integrations today:" (CONTRIBUTING) up to its full stop. */
function listed(file: string, label: string): string[] {
  const text = readFileSync(join(repoRoot, file), 'utf8').replace(/\s+/g, ' ');
  const lists = [...text.matchAll(new RegExp(`${label}((?: ?\`[^\`]+\`,?)+)\\.`, 'g'))].map((m) => m[1]!);
  return lists.flatMap((list) => [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

const missingAndUnknown = (names: string[], existing: string[]) => ({
  missing: existing.filter((name) => !names.includes(name)),
  unknown: names.filter((name) => !existing.includes(name)),
});

describe("README's feature list", () => {
  test('names every service area of workers/services/ once, and only areas', () => {
    const names = listed('README.md', 'Areas:');
    expect(missingAndUnknown(names, folders('workers/services'))).toEqual({ missing: [], unknown: [] });
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});

describe("CONTRIBUTING's integration list", () => {
  test('names every folder of workers/integrations/, and only those', () => {
    const names = listed('CONTRIBUTING.md', 'Integrations today:');
    expect(missingAndUnknown(names, folders('workers/integrations'))).toEqual({ missing: [], unknown: [] });
  });
});
