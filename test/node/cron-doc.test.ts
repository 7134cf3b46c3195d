import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { PAYOUT_PROPOSAL_CRON } from '../../workers/domain/proposal-time';
import { repoRoot } from './source-imports';

// docs/architecture.md's cron table once missed 5 of 24 jobs. It is held to workers/cron/jobs.ts, read as
// source (importing it would load every service area into a pure test): every trigger and job, in order.

/** CRON_JOBS of jobs.ts as [trigger, job names in order]. A computed key must be a constant this test knows. */
function cronJobs(): [string, string[]][] {
  const file = 'workers/cron/jobs.ts';
  const source = ts.createSourceFile(file, readFileSync(join(repoRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const constants: Record<string, string> = { PAYOUT_PROPOSAL_CRON };
  const keyOf = (name: ts.PropertyName): string => {
    if (ts.isStringLiteral(name) || ts.isIdentifier(name)) return name.text;
    if (ts.isComputedPropertyName(name) && ts.isIdentifier(name.expression)) {
      const value = constants[name.expression.text];
      if (value) return value;
    }
    throw new Error(`${file}: a key this test cannot read: ${name.getText(source)}`);
  };
  let table: ts.ObjectLiteralExpression | undefined;
  source.forEachChild(function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'CRON_JOBS') {
      if (node.initializer && ts.isObjectLiteralExpression(node.initializer)) table = node.initializer;
    }
    node.forEachChild(visit);
  });
  if (!table) throw new Error(`${file}: no CRON_JOBS object literal`);
  return table.properties.map((trigger) => {
    if (!ts.isPropertyAssignment(trigger) || !ts.isObjectLiteralExpression(trigger.initializer))
      throw new Error(`${file}: every trigger maps to an object literal of jobs`);
    return [keyOf(trigger.name), trigger.initializer.properties.map((job) => keyOf(job.name!))];
  });
}

/** The doc's rows `| \`trigger\` | \`job\` | … |` under "### Cron Triggers", in order. */
function documentedJobs(): [string, string][] {
  const doc = readFileSync(join(repoRoot, 'docs/architecture.md'), 'utf8');
  const section = doc.split('### Cron Triggers')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('the cron table of docs/architecture.md', () => {
  const jobs = cronJobs();

  test('lists every job of workers/cron/jobs.ts under its trigger, in the order they run, and no other', () => {
    const expected = jobs.flatMap(([trigger, names]) => names.map((name) => [trigger, name]));
    expect(expected.length).toBeGreaterThan(20);
    expect(documentedJobs()).toEqual(expected);
  });

  test('jobs.ts has exactly the triggers wrangler.toml schedules', () => {
    const wrangler = parse(readFileSync(join(repoRoot, 'wrangler.toml'), 'utf8')) as { triggers: { crons: string[] } };
    expect(jobs.map(([trigger]) => trigger).sort()).toEqual([...wrangler.triggers.crons].sort());
  });
});
