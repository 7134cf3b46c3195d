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

  // The generic payouts code asks the registry; the few places left that name a rail say why here.
  const NAMES_A_RAIL: Record<string, string> = {
    // Destinations are columns per rail (receiver_email, stripe_account_id): the proposal asks whether Stripe is connected.
    'workers/services/payouts/propose-currency-batch.ts': "l.method?.rail === 'stripe'",
    // Stripe's paid notice names the Stripe account instead of an email address.
    'workers/services/payouts/payout-notification.ts': "item.rail === 'stripe'",
  };

  test('payouts outside rails/ branch on no rail name but the listed ones', () => {
    const found: Record<string, string> = {};
    for (const file of sourceFiles('workers/services/payouts')) {
      if (file.startsWith(`${RAILS_DIR}/`) || file.endsWith('.test.ts')) continue;
      for (const line of read(file).split('\n'))
        if (
          /rail\s*[!=]==|'(?:paypal|stripe)'/.test(line) &&
          !line.trim().startsWith('//') &&
          !line.trim().startsWith('*')
        )
          found[file] = [found[file], line.trim()].filter(Boolean).join(' | ');
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(NAMES_A_RAIL).sort());
    for (const [file, snippet] of Object.entries(NAMES_A_RAIL)) expect(found[file], file).toContain(snippet);
  });
});
