import { expect } from 'vitest';
import type { Advertiser } from './actors';
import { call, expectStatus } from './api-client';

/** The program's groups URL in the advertiser's console API. */
export const groupsUrl = (a: Advertiser, programId = a.program.id) => `/orgs/${a.org.id}/programs/${programId}/groups`;

/** The id of the program's default group, as the API lists it. */
export async function defaultGroupId(a: Advertiser): Promise<string> {
  const list = await call(a.owner, 'GET', groupsUrl(a));
  expectStatus(list, 200);
  const found = list.body.items.find((g: { isDefault: boolean }) => g.isDefault);
  expect(found).toBeDefined();
  return found.id;
}

/** Gives the program's default group these reward rules through the API (200), and answers its id. */
export async function setDefaultGroupRules(a: Advertiser, rewardRules: unknown[]): Promise<string> {
  const id = await defaultGroupId(a);
  expectStatus(await call(a.owner, 'PATCH', `${groupsUrl(a)}/${id}`, { rewardRules }), 200);
  return id;
}
