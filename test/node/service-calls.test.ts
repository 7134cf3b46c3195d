import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, sourceFiles } from './source-imports';

// CONTRIBUTING.md: every exported service function that reads or writes takes ({ ctx, input }: ServiceCall<I>),
// steps included. The older (ctx, …) and (db, …) forms are converted as code is touched; these tests keep the
// converted paths converted and the rest from growing.

/** Areas whose every exported step already follows the convention. */
const CONVERTED = ['conversions', 'conversion-sources', 'payouts', 'paypal-accounts', 'plan-billing', 'stripe-payouts'];
/** Exported (ctx, …) and (db, …) functions left elsewhere: lower it as you convert, never raise it. */
const LEGACY_CEILING = 70;

const EXPORTED = /export (?:async )?function (\w+)(?:<[^>]*>)?\(\s*([^)]{0,60})/g;

interface Legacy {
  file: string;
  name: string;
}

function legacySteps(): Legacy[] {
  const found: Legacy[] = [];
  for (const file of sourceFiles('workers/services')) {
    // The guards of access/ read the context and nothing else: (ctx) is their whole input.
    if (file.startsWith('workers/services/access/')) continue;
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const [, name, first] of text.matchAll(EXPORTED)) {
      if (/^(ctx|db|tx|executor)\s*:/.test(first!.trim())) found.push({ file, name: name! });
    }
  }
  return found;
}

describe('service steps', () => {
  const legacy = legacySteps();

  test.each(CONVERTED)('%s takes ({ ctx, input }) throughout', (area) => {
    const inArea = legacy.filter((l) => l.file.startsWith(`workers/services/${area}/`));
    expect(inArea.map((l) => `${l.file}: ${l.name}`)).toEqual([]);
  });

  test('no new (ctx, …) or (db, …) steps', () => {
    expect(legacy.length, legacy.map((l) => `${l.file}: ${l.name}`).join('\n')).toBeLessThanOrEqual(LEGACY_CEILING);
  });
});
