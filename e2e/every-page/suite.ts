import { afterAll, beforeAll, test } from 'vitest';
import { type E2e, startE2e } from '../harness';
import { checkRolePages } from './check-role';
import { completeDemo, type DemoParams } from './demo';
import type { Role } from './routes';

/**
 * One e2e stack on the demo data and a test per role visiting every page of it. Each caller is its own
 * file, so the e2e pool runs the roles' files side by side.
 */
export function everyPageSuite(roles: { role: Role; name: string }[]): void {
  let e2e: E2e;
  let params: DemoParams;
  beforeAll(async () => {
    e2e = await startE2e({ demo: true });
    params = await completeDemo(e2e);
  }, 180_000);
  afterAll(async () => {
    await e2e?.stop();
  });
  for (const { role, name } of roles) test(name, () => checkRolePages(e2e, role, params), 600_000);
}
