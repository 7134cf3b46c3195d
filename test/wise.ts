import { env } from 'cloudflare:workers';
import { US_ACCOUNT } from '../dev/wise-server/sample-accounts';
import type { Db } from '../workers/db/client';
import { call, expectStatus } from './api-client';
import { sendRaw } from './inbound';
import { addPayee } from './payouts';
import { signInAs, type TestSession } from './sessions';
import type { createTenant } from './tenant';

/** Helpers for the Wise rail against the shared local Wise server (test/wise-server.ts). */
type Tenant = Awaited<ReturnType<typeof createTenant>>;

const base = () => (env as unknown as { WISE_API_BASE_URL: string }).WISE_API_BASE_URL;

export async function wiseControl<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base()}/__control/${path}`, {
    method,
    ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
  });
  return (await res.json()) as T;
}

export interface WiseServerTransfer {
  id: number;
  customerTransactionId: string;
  status: string;
  funded: boolean;
  quoteUuid: string;
  sourceValue: number;
  targetValue: number;
  targetCurrency: string;
  targetAccount: number;
  /** The Wise profile it was made from. */
  profile: number;
}
export interface WiseDelivery {
  transferId: number;
  state: string;
  payload: string;
  signature: string;
}

/** The local Wise server's transfers for these items (customerTransactionId is the item id). */
export const wiseTransfersOf = async (itemIds: string[]) =>
  (await wiseControl<{ data: WiseServerTransfer[] }>('GET', 'transfers')).data.filter((t) =>
    itemIds.includes(t.customerTransactionId),
  );

export const wiseDeliveriesOf = async (transferId: number) =>
  (await wiseControl<{ data: WiseDelivery[] }>('GET', 'webhooks')).data.filter((d) => d.transferId === transferId);

/** Moves a transfer in Wise (as its processing would) and returns the signed delivery of that change. */
export async function moveWiseTransfer(transferId: number, state: string): Promise<WiseDelivery> {
  await wiseControl('POST', `transfers/${transferId}/state`, { state });
  return (await wiseDeliveriesOf(transferId)).filter((d) => d.state === state).at(-1)!;
}

/** Delivers a webhook to our endpoint as Wise would. */
export const deliverWise = (d: { payload: string; signature?: string }) =>
  sendRaw('/api/v1/wise/webhooks', {
    body: d.payload,
    headers: { 'content-type': 'application/json', ...(d.signature ? { 'x-signature-sha256': d.signature } : {}) },
  });

/** Bank details as the recipient route takes them, and valid ones of the local server's requirements (shared with the ledger soak). */
export { DE_ACCOUNT, type SampleWiseAccount as WiseAccountInput, US_ACCOUNT } from '../dev/wise-server/sample-accounts';

export async function saveWiseRecipient(session: TestSession, orgId: string, account = US_ACCOUNT) {
  const res = await call(session, 'PUT', `/affiliate/orgs/${orgId}/wise/recipient`, account);
  expectStatus(res, 200);
  return res.body as { recipient: { summary: string; currency: string } };
}

/** An affiliate of the tenant who set up Wise with these bank details. */
export async function wisePayee(db: Db, org: Tenant, account = US_ACCOUNT) {
  const payee = await addPayee(db, org);
  const session = await signInAs(db, payee.affiliate.id);
  await saveWiseRecipient(session, org.org.id, account);
  return { payee, session };
}

/** A fresh Wise token: on the local server each UUID is a Wise user of its own, with a personal and a business profile. */
export const newWiseToken = () => crypto.randomUUID();

export interface WiseProfileChoice {
  id: string;
  type: string;
  name: string;
}

/** An owner connects the organization's own Wise account with a fresh token and its business profile. */
export async function connectWise(owner: TestSession, orgId: string, token = newWiseToken()) {
  const checked = await call(owner, 'POST', `/orgs/${orgId}/wise/check`, { apiToken: token });
  expectStatus(checked, 200);
  const profile = (checked.body.profiles as WiseProfileChoice[]).find((p) => p.type === 'BUSINESS')!;
  expectStatus(await call(owner, 'PUT', `/orgs/${orgId}/wise`, { apiToken: token, profileId: profile.id }), 200);
  return { token, profileId: profile.id, profiles: checked.body.profiles as WiseProfileChoice[] };
}

/** The local server's recipient accounts with the profile each belongs to. */
export const wiseAccountsOf = async (accountIds: string[]) =>
  (await wiseControl<{ data: { id: number; profile: number; currency: string }[] }>('GET', 'accounts')).data.filter(
    (a) => accountIds.includes(String(a.id)),
  );
