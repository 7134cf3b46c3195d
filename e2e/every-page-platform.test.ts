import { afterAll, beforeAll, test } from 'vitest';
import { checkRolePages } from './every-page/check-role';
import { completeDemo, type DemoParams } from './every-page/demo';
import { type E2e, startE2e } from './harness';

// Every page of the platform console as its owner and as support (read-only), on the demo data.
let e2e: E2e;
let params: DemoParams;

beforeAll(async () => {
  e2e = await startE2e({ demo: true });
  params = await completeDemo(e2e);
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

test('every platform page as its owner: no sideways scroll, titled, translated, axe clean, no console error', async () => {
  await checkRolePages(e2e, 'platformOwner', params);
}, 600_000);

test('every platform page as support: no sideways scroll, titled, translated, axe clean, no console error', async () => {
  await checkRolePages(e2e, 'support', params);
}, 600_000);
