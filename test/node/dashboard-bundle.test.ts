import { expect, test } from 'vitest';
import { buildDashboardOnce, testRunId } from '../../dev/dashboard-build-once';
import { LOGIN_BUDGET_BYTES, measureLoginBundle } from '../../dev/dashboard-bundle-size';

test('the login page loads at most 200 KB of gzipped JS before its first paint', async () => {
  // The run's one build (buildDashboard makes it with NODE_ENV=production: what ships, not React's dev build).
  await buildDashboardOnce(testRunId());
  const { files, gzipBytes } = measureLoginBundle();
  expect(files.some((file) => file.includes('login'))).toBe(true);
  expect(gzipBytes).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);
}, 300_000);
