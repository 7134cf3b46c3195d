import { buildDashboard } from '../dev/build-dashboard';

/**
 * Builds the SPA once per run, before any e2e file boots wrangler dev on it: every file building
 * its own would empty dist/dashboard under the servers of the files already running.
 */
export default async function setup(): Promise<void> {
  await buildDashboard();
}
