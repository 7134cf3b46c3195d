import { expect, test } from 'vitest';
import { buildDashboard } from '../../dev/build-dashboard';
import { LOGIN_BUDGET_BYTES, measureLoginBundle } from '../../dev/dashboard-bundle-size';

test('the login page loads at most 200 KB of gzipped JS before its first paint', async () => {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; measure what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildDashboard();
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const { files, gzipBytes } = measureLoginBundle();
  expect(files.some((file) => file.includes('login'))).toBe(true);
  expect(gzipBytes).toBeLessThanOrEqual(LOGIN_BUDGET_BYTES);
});
