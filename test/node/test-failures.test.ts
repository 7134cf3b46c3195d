import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceName, failuresOf } from '../../dev/test-failures';

const dir = mkdtempSync(join(tmpdir(), 'test-failures-'));

function report(testResults: unknown[]): string {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, JSON.stringify({ testResults }));
  return path;
}

describe('the failures summary printed last by npm test', () => {
  it('names each failed test with its message, colours and stack left out, and skips the passed ones', () => {
    const path = report([
      {
        name: join(process.cwd(), 'e2e/every-page-affiliate.test.ts'),
        status: 'failed',
        assertionResults: [
          { fullName: 'every affiliate page', title: 'every affiliate page', status: 'passed', failureMessages: [] },
          {
            fullName: 'every page of finance',
            title: 'every page of finance',
            status: 'failed',
            failureMessages: [
              '\u001b[31mAssertionError: problems:\nfinance en /payouts: no h1\u001b[39m\n    at check (x.ts:1:1)',
            ],
          },
        ],
      },
      { name: join(process.cwd(), 'e2e/ok.test.ts'), status: 'passed', assertionResults: [] },
    ]);
    expect(failuresOf('e2e', path)).toBe(
      '\n──── e2e: what failed ────\n' +
        '✗ e2e/every-page-affiliate.test.ts › every page of finance\n' +
        '  AssertionError: problems:\n  finance en /payouts: no h1\n',
    );
  });

  it('reports a file that failed outside its tests (a beforeAll), and cuts a long message', () => {
    const path = report([
      {
        name: join(process.cwd(), 'e2e/x.test.ts'),
        status: 'failed',
        message: 'y'.repeat(2_000),
        assertionResults: [],
      },
    ]);
    expect(failuresOf('e2e', path)).toBe(`\n──── e2e: what failed ────\n✗ e2e/x.test.ts: ${'y'.repeat(1_500)}…\n`);
  });

  it("prints what a failed e2e test's pages did last, from the evidence its setup file saved beside the report", () => {
    const file = join(process.cwd(), 'e2e/customers.test.ts');
    const title = 'the owner tags the affiliate, writes a note';
    mkdirSync(join(dir, 'e2e-failures'), { recursive: true });
    writeFileSync(
      join(dir, 'e2e-failures', `${evidenceName(file, title)}.txt`),
      'page 1 at http://127.0.0.1/orgs/o/affiliates/e\n04:40:01.000 ← 500 GET /api/orgs/o/affiliates/a/tags',
    );
    expect(evidenceName(file, title)).toBe('customers--the-owner-tags-the-affiliate-writes-a-note');
    const path = report([
      {
        name: file,
        status: 'failed',
        assertionResults: [{ fullName: title, title, status: 'failed', failureMessages: ['Error: Timeout 30000ms'] }],
      },
    ]);
    expect(failuresOf('e2e', path)).toBe(
      '\n──── e2e: what failed ────\n' +
        `✗ e2e/customers.test.ts › ${title}\n  Error: Timeout 30000ms\n` +
        `  what its pages did last (${join(dir, 'e2e-failures', `${evidenceName(file, title)}.txt`)}):\n` +
        '  page 1 at http://127.0.0.1/orgs/o/affiliates/e\n  04:40:01.000 ← 500 GET /api/orgs/o/affiliates/a/tags\n',
    );
  });

  it('says so when the lane left no report or no failed test in it', () => {
    expect(failuresOf('unit', join(dir, 'missing.json'))).toContain('unit: no report at');
    expect(failuresOf('unit', report([]))).toContain('with no failed test in its report');
  });
});
