import { expect, test } from 'vitest';
import { buildDashboard } from '../../dev/build-dashboard';
import { LOGIN_BUDGET_BYTES, measureLoginBundle } from '../../dev/dashboard-bundle-size';

test('the login page loads at most 200 KB of gzipped JS before its first paint', async () => {
  await buildDashboard();
  const { files, gzipBytes } = measureLoginBundle();
  expect(files.some((file) => file.includes('login'))).toBe(true);
  expect(gzipBytes).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);
});
