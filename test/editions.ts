import { call, expectStatus } from './api-client';
import type { TestSession } from './sessions';

let counter = 0;
/** A fresh subdomain label: editions' hosts are unique across every tenant of a test file's database. */
export const newLabel = (prefix = 'ed') => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** An app's edition offer as the API takes it: subdomains of app.example (createTenant's app domain), one plan. */
export const editionOffer = (programId: string, overrides: Record<string, unknown> = {}) => ({
  enabled: true,
  programId,
  brandFields: ['name', 'logo', 'favicon', 'colors'],
  domainKinds: ['subdomain', 'custom'],
  baseDomain: 'app.example',
  plans: [
    {
      code: 'pro-monthly',
      name: 'Pro',
      listPriceMinor: 1000,
      currency: 'USD',
      interval: 'month',
      bounds: { kind: 'range', minMinor: 1000, maxMinor: 1300 },
    },
  ],
  reward: { type: 'percent', rateBps: 4000, fixedMinor: null, recurringMode: 'none', recurringMonths: null },
  requiresApproval: true,
  ...overrides,
});

/** Switches editions on for the app through the API, as its owner would. */
export async function offerEditions(
  owner: TestSession,
  where: { orgId: string; appId: string; programId: string },
  overrides: Record<string, unknown> = {},
) {
  const res = await call(
    owner,
    'PUT',
    `/orgs/${where.orgId}/apps/${where.appId}/edition-settings`,
    editionOffer(where.programId, overrides),
  );
  expectStatus(res, 200);
  return res.body;
}

/** A draft edition of the app on a fresh subdomain, made by the affiliate through the API. */
export async function createEdition(
  affiliate: TestSession,
  where: { orgId: string; appId: string },
  body: Record<string, unknown> = {},
) {
  const res = await call(affiliate, 'POST', `/affiliate/orgs/${where.orgId}/editions`, {
    appId: where.appId,
    name: `Edition ${newLabel('n')}`,
    domainKind: 'subdomain',
    host: newLabel(),
    ...body,
  });
  expectStatus(res, 201);
  return res.body;
}
