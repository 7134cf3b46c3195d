import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, sourceFiles } from './source-imports';

// CONTRIBUTING.md: every exported service function that reads or writes takes ({ ctx, input }: ServiceCall<I>),
// steps included. Every area follows it; these tests keep an older (ctx, …) or (db, …) step from coming back.

const EXPORTED = /export (?:async )?function (\w+)(?:<[^>]*>)?\(\s*([^)]{0,60})/g;
/** `export const step = async (ctx, …) =>` is a step too. */
const EXPORTED_ARROW = /export const (\w+)(?:\s*:[^=]+)?\s*=\s*(?:async\s*)?(?:<[^>]*>)?\(\s*([^)]{0,60})/g;
/** A first parameter named like a context or executor, or typed as one whatever its name. */
const LEGACY_FIRST = /^(?:(?:ctx|db|tx|executor)\s*:|\w+\s*:\s*(?:ServiceContext|Executor|Db|Tx)\b)/;

interface Legacy {
  file: string;
  name: string;
}

/** Pure readers of ctx.config (a URL, a key pair): no database, no input, so no ServiceCall to take. */
const CONFIG_READERS = ['orgWebhookUrl', 'orgStripeWebhookUrl', 'platformStripePayoutConfig', 'billingPageUrl'];

/** Names of the exported functions and arrow steps in `text` that take the old (ctx, …) / (db, …) form. */
function legacyIn(text: string): string[] {
  const names: string[] = [];
  for (const [, name, first] of [...text.matchAll(EXPORTED), ...text.matchAll(EXPORTED_ARROW)]) {
    if (LEGACY_FIRST.test(first!.trim())) names.push(name!);
  }
  return names;
}

function legacySteps(): Legacy[] {
  const found: Legacy[] = [];
  for (const file of sourceFiles('workers/services')) {
    // The guards of access/ read the context and nothing else: (ctx) is their whole input.
    if (file.startsWith('workers/services/access/')) continue;
    const text = readFileSync(join(repoRoot, file), 'utf8');
    for (const name of legacyIn(text)) if (!CONFIG_READERS.includes(name)) found.push({ file, name });
  }
  return found;
}

describe('the old-form detector', () => {
  test.each([
    ['function (ctx, …)', 'export async function a(ctx: ServiceContext, id: string) {}'],
    ['function (db, …)', 'export function a(db: Executor, id: string) {}'],
    ['arrow (ctx, …)', 'export const a = async (ctx: ServiceContext, id: string) => id;'],
    ['a context under another name', 'export async function a(context: ServiceContext) {}'],
    ['an executor under another name', 'export const a = (conn: Tx, id: string) => id;'],
    ['a typed arrow', 'export const a: Step = async <T>(database: Db) => 1;'],
  ])('flags %s', (_what, source) => {
    expect(legacyIn(source)).toEqual(['a']);
  });

  test('passes the ServiceCall form', () => {
    const source = [
      'export async function a({ ctx, input }: ServiceCall<In>) {}',
      'export const b = async ({ ctx }: ServiceCall<void>) => 1;',
      'export const c = (value: number) => value;',
    ].join('\n');
    expect(legacyIn(source)).toEqual([]);
  });
});

describe('service steps', () => {
  test('every exported step takes ({ ctx, input }): no (ctx, …) or (db, …) step in any area', () => {
    expect(legacySteps().map((l) => `${l.file}: ${l.name}`)).toEqual([]);
  });
});
