import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the slowest files took in one whole run (a clean clone's `npm test` on a loaded 2-core machine,
 * 2026-11-25; only their order matters). Two files run at a time per project, so a file of
 * three minutes that starts last makes the run wait three minutes with one worker idle: on a clean
 * clone, without vitest's cache of durations, the default order is by file size, and the every-page
 * suites (small files that visit every route) and `payouts-random` (one test) started last, which
 * cost about three minutes of wall time. Known long files go first, longest first; every other file
 * keeps vitest's order (its cached durations when it has them, then size). Files missing from this
 * list are only ordered less well, never skipped.
 */
const SLOW_FILES: Record<string, number> = {
  'test/workers/security-suite.test.ts': 195,
  'e2e/every-page-advertiser.test.ts': 193,
  'e2e/program-groups.test.ts': 163,
  'e2e/advertiser-programs.test.ts': 161,
  'e2e/account.test.ts': 157,
  'e2e/affiliate-journey.test.ts': 128,
  'test/workers/payouts-random.test.ts': 122,
  'e2e/advertiser-conversions.test.ts': 114,
  'e2e/finance.test.ts': 114,
  'e2e/platform.test.ts': 99,
  'e2e/affiliate-earnings.test.ts': 99,
  'e2e/every-page-platform.test.ts': 97,
  'e2e/navigation.test.ts': 95,
  'e2e/every-page-affiliate.test.ts': 88,
  'e2e/advertiser-setup.test.ts': 81,
  'e2e/customers.test.ts': 72,
  'e2e/affiliate-home.test.ts': 69,
  'test/workers/tracker.test.ts': 60,
  'e2e/public-pages.test.ts': 56,
  'e2e/program-workflows.test.ts': 50,
  'e2e/billing.test.ts': 38,
  'e2e/webhooks.test.ts': 34,
  'e2e/white-label.test.ts': 34,
  'e2e/reward-rules.test.ts': 33,
  'e2e/money-rules.test.ts': 31,
  'e2e/brand.test.ts': 31,
  'test/workers/stats-report.test.ts': 25,
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const seconds = (f: TestSpecification) => SLOW_FILES[relative(f.project.config.root, f.moduleId)] ?? 0;
    const rank = new Map(sorted.map((f, i) => [f, i]));
    // Projects and group order stay as vitest put them; within a project, known slow files first.
    return [...sorted].sort((a, b) => {
      const ga = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (ga !== 0 || a.project.name !== b.project.name) return rank.get(a)! - rank.get(b)!;
      return seconds(b) - seconds(a) || rank.get(a)! - rank.get(b)!;
    });
  }
}
