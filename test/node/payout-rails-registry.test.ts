import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PayoutRail } from '../../schema/enums';
import { RAIL_FACTS } from '../../workers/domain/payout-rails';
import { repoRoot, sourceFiles } from './source-imports';

// docs/payout-rails.md: a payout rail is a folder under workers/services/payouts/rails/ plus one line in
// rails/registry.ts (and its value in the payout_rail enum, and its pure facts in domain/payout-rails.ts).
// These tests hold the four together and keep the generic payouts code from naming a rail again.
const RAILS_DIR = 'workers/services/payouts/rails';
const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The `name: nameRail,` lines of PAYOUT_RAILS in registry.ts, with the folder each rail is imported from. */
function registered(): { name: string; folder: string }[] {
  const text = read(`${RAILS_DIR}/registry.ts`);
  const table = text.slice(text.indexOf('PAYOUT_RAILS'));
  const body = table.slice(table.indexOf('{') + 1, table.indexOf('};'));
  return [...body.matchAll(/^\s*(\w+): (\w+),\s*$/gm)].map(([, name, value]) => {
    const from = new RegExp(`import \\{ ${value} \\} from '\\./([\\w-]+)';`).exec(text);
    return { name: name!, folder: from?.[1] ?? `(${value} is not imported from a rail folder)` };
  });
}

const folders = () =>
  readdirSync(join(repoRoot, RAILS_DIR)).filter((f) => statSync(join(repoRoot, RAILS_DIR, f)).isDirectory());

describe('payout rails registry', () => {
  test('every rail of the payout_rail enum is registered, once, and nothing else is', () => {
    const names = registered().map((r) => r.name);
    expect([...names].sort()).toEqual([...PayoutRail].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  test('every rail of the enum has its pure facts (domain/payout-rails.ts)', () => {
    expect(Object.keys(RAIL_FACTS).sort()).toEqual([...PayoutRail].sort());
  });

  test('each registered rail comes from its own folder of the same name, whose index names the rail', () => {
    for (const { name, folder } of registered()) {
      expect(folder, name).toBe(name);
      const index = `${RAILS_DIR}/${folder}/index.ts`;
      expect(existsSync(join(repoRoot, index)), index).toBe(true);
      expect(read(index), index).toContain(`name: '${name}',`);
      expect(read(index), index).toContain(`facts: RAIL_FACTS.${name},`);
    }
  });

  test('every folder under rails/ is a registered rail', () => {
    expect(folders().sort()).toEqual(
      registered()
        .map((r) => r.folder)
        .sort(),
    );
  });

  // The generic payouts code asks the registry: the proposal's destinations, the method picker's offers, the
  // notices' wording and the finance and payout-method pages all go through it, RAIL_FACTS or the UI's list.
  const GENERIC = [
    'workers/services/payouts',
    'workers/domain/payout-destination.ts',
    'workers/domain/notification-templates.ts',
    'dashboard/src/features/payouts',
    'dashboard/src/routes/_app/affiliate/$orgId/payout-methods.tsx',
    'dashboard/src/routes/_app/orgs/$orgId/finance',
  ];
  // Where naming a rail is the point: the rails' own folders and the dashboard's list of rails.
  const OWN = [`${RAILS_DIR}/`, 'dashboard/src/features/payouts/rail-ui.tsx'];
  // An equality with a rail, or a rail's name as a literal; comments do not count.
  const NAMES_A_RAIL = /rail\s*[!=]==\s*'|'(?:paypal|stripe)'|rail: '\w+'/;

  /** The lines of `text` that branch on or name a rail. */
  const railLines = (text: string) =>
    text.split('\n').filter((line) => NAMES_A_RAIL.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line));

  test('payouts code outside rails/ and the UI list names no rail', () => {
    const found: Record<string, string[]> = {};
    for (const root of GENERIC)
      for (const file of /\.tsx?$/.test(root) ? [root] : sourceFiles(root)) {
        if (OWN.some((own) => file.startsWith(own))) continue;
        const lines = railLines(read(file));
        if (lines.length > 0) found[file] = lines.map((l) => l.trim());
      }
    expect(found).toEqual({});
  });

  test('the check finds a planted rail branch and rail literal', () => {
    const planted = [
      "const to = item.rail === 'stripe' ? item.stripeAccountId : item.receiverEmail;",
      "  enabled: rail === 'paypal' || stripeOn,",
      "  { rail: 'paypal', receiverEmail: email },",
      '  // a comment naming the rail is fine',
      '  const fee = fees[item.rail];',
    ].join('\n');
    expect(railLines(planted)).toHaveLength(3);
  });
});
