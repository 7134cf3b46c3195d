import { afterAll, beforeAll, test } from 'vitest';
import { checkRolePages } from './every-page/check-role';
import { completeDemo, type DemoParams } from './every-page/demo';
import { type E2e, startE2e } from './harness';

// Every page of the advertiser console as its owner and as its finance member, on the demo data.
let e2e: E2e;
let params: DemoParams;

beforeAll(async () => {
  e2e = await startE2e({ demo: true });
  params = await completeDemo(e2e);
}, 180_000);

afterAll(async () => {
  await e2e?.stop();
});

test('every page of the owner: no sideways scroll at 375 px, titled, translated, axe clean, no console error', async () => {
  await checkRolePages(e2e, 'owner', params);
}, 600_000);

test('every page of finance: no sideways scroll at 375 px, titled, translated, axe clean, no console error', async () => {
  await checkRolePages(e2e, 'finance', params);
}, 600_000);
