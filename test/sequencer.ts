import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the slowest files took in one whole run (a clean clone's `npm test` on a quiet 2-core machine,
 * 2026-11-26, e2e Workers through Miniflare; only their order matters). Two files run at a time per project, so a file of
 * three minutes that starts last makes the run wait three minutes with one worker idle: on a clean
 * clone, without vitest's cache of durations, the default order is by file size, and the every-page
 * suites (small files that visit every route) and `payouts-random` (one test) started last, which
 * cost about three minutes of wall time. Known long files go first, longest first; every other file
 * keeps vitest's order (its cached durations when it has them, then size). Files missing from this
 * list are only ordered less well, never skipped.
 */
const SLOW_FILES: Record<string, number> = {
  'test/workers/security-suite.test.ts': 223,
  'e2e/every-page-advertiser.test.ts': 192,
  'test/workers/payouts-random.test.ts': 179,
  'e2e/advertiser-programs.test.ts': 152,
  'e2e/program-groups.test.ts': 135,
  // Boots dev/start.ts twice and kills it, and three stand-in stacks (the node project's one long file).
  'test/node/stack-lifetime.test.ts': 120,
  'e2e/account.test.ts': 116,
  'e2e/payout-schedules.test.ts': 110,
  'e2e/finance.test.ts': 107,
  'e2e/affiliate-journey.test.ts': 102,
  'e2e/affiliate-earnings.test.ts': 88,
  'e2e/platform.test.ts': 80,
  'e2e/every-page-platform.test.ts': 77,
  'e2e/advertiser-conversions.test.ts': 72,
  'e2e/affiliate-home.test.ts': 59,
  'e2e/advertiser-setup.test.ts': 58,
  'e2e/every-page-affiliate.test.ts': 57,
  'test/workers/tracker.test.ts': 53,
  'e2e/customers.test.ts': 51,
  'e2e/program-workflows.test.ts': 39,
  'e2e/navigation.test.ts': 37,
  'e2e/public-pages.test.ts': 33,
  'e2e/billing.test.ts': 27,
  'e2e/reward-rules.test.ts': 24,
  'test/workers/postbacks.test.ts': 24,
  'e2e/webhooks.test.ts': 23,
  'e2e/brand.test.ts': 22,
  'e2e/money-rules.test.ts': 22,
  'e2e/invite-links.test.ts': 22,
  'test/workers/payouts-send.test.ts': 21,
  'e2e/white-label.test.ts': 20,
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
