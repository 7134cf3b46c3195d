// The Connect calls of the payout rail (workers/integrations/stripe/connect-api.ts) against a small
// extract of Stripe's published OpenAPI document (test/contracts/stripe-connect-spec.json). Checked
// in stripe/openapi spec3.json (version v2596, the one stripe-node 23.1.0 is generated from):
// GetAccount; PostAccounts (type enum, country, email, capabilities[transfers][requested],
// tos_acceptance[service_agreement] (AccountCreateParams.TosAcceptance.service_agreement in stripe-node 23.1.0),
// metadata); GetAccountsAccount; PostAccountLinks (account and type required, refresh_url,
// return_url, type enum); PostTransfers (currency and destination required, amount,
// transfer_group, metadata); GetTransfersTransfer; PostTransfersIdReversals (amount, metadata);
// the account, transfer, payout and event objects' fields we read. The same requests then go to
// the local Stripe server (dev/stripe-server/connect.ts), which answers as those operations do.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStripeServer, type StripeServer } from '../../dev/stripe-server';
import {
  createAccountLink,
  createExpressAccount,
  createTransfer,
  getConnectedAccount,
  getPlatformAccount,
  getTransfer,
} from '../../workers/integrations/stripe';
import spec from '../contracts/stripe-connect-spec.json';

const KEY = `sk_test_${'c'.repeat(28)}`;
let server: StripeServer;
beforeAll(async () => {
  server = await startStripeServer({
    secretKey: 'sk_test_platform_local',
    webhookSecret: 'whsec_contract_0123456789abcdef',
  });
});
afterAll(() => server.close());

interface Sent {
  method: string;
  path: string;
  params: string[];
  idempotencyKey: string | null;
}

/** Runs `fn` with fetch recorded (and passed through to the local server): the requests as Stripe would receive them. */
async function record<T>(fn: () => Promise<T>): Promise<{ result: T; sent: Sent[] }> {
  const sent: Sent[] = [];
  const real = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? init.body : '';
    const headers = new Headers(init?.headers);
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      params: [...new URLSearchParams(body).keys()],
      idempotencyKey: headers.get('idempotency-key'),
    });
    return real(input, init);
  });
  try {
    return { result: await fn(), sent };
  } finally {
    spy.mockRestore();
  }
}

type Operation = (typeof spec.operations)[keyof typeof spec.operations];

/** A sent parameter is declared when its path, or its path with the free key as `*`, is in the operation. */
function undeclared(op: Operation, params: string[]): string[] {
  return params.filter((p) => !op.params.includes(p) && !op.params.includes(p.replace(/\[[^\]]+\]$/, '[*]')));
}

function expectConforms(name: keyof typeof spec.operations, sent: Sent) {
  const op = spec.operations[name];
  expect(sent.method).toBe(op.method);
  const pattern = new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  expect(sent.path).toMatch(pattern);
  expect(undeclared(op, sent.params)).toEqual([]);
  for (const required of op.required) expect(sent.params).toContain(required);
}

describe('Stripe Connect requests conform to Stripe’s OpenAPI document', () => {
  const cfg = () => ({ baseUrl: server.url, secretKey: KEY });

  it('reads the platform account, creates an Express account and an onboarding link', async () => {
    const platform = await record(() => getPlatformAccount(cfg()));
    expectConforms('GetAccount', platform.sent[0]!);
    expect(platform.result.id).toMatch(/^acct_/);

    expect(platform.result.country).toBe('US');

    const created = await record(() =>
      createExpressAccount(
        cfg(),
        {
          country: 'DE',
          email: 'a@example.com',
          affiliateId: 'aff-1',
          organizationId: 'org-1',
          serviceAgreement: 'recipient',
        },
        'payout-method-org-1-aff-1-DE',
      ),
    );
    expectConforms('PostAccounts', created.sent[0]!);
    // A German account of a US platform is a cross-border one: the recipient agreement is sent.
    expect(created.sent[0]!.params).toContain('tos_acceptance[service_agreement]');
    expect(created.sent[0]!.idempotencyKey).toBe('payout-method-org-1-aff-1-DE');
    expect(spec.operations.PostAccounts.enums.type).toContain('express');
    expect(created.result).toMatchObject({ details_submitted: false, payouts_enabled: false });

    const link = await record(() =>
      createAccountLink(cfg(), {
        account: created.result.id,
        refreshUrl: 'https://app.example/affiliate/o/payout-methods?stripe=refresh',
        returnUrl: 'https://app.example/affiliate/o/payout-methods?stripe=return',
      }),
    );
    expectConforms('PostAccountLinks', link.sent[0]!);
    expect(spec.operations.PostAccountLinks.enums.type).toContain('account_onboarding');
    expect(link.result.url).toMatch(/\/connect\/onboard\//);

    const read = await record(() => getConnectedAccount(cfg(), created.result.id));
    expectConforms('GetAccountsAccount', read.sent[0]!);
  });

  it('the local server refuses what Stripe refuses: a cross-border account without the recipient agreement, a country outside the self-serve list, card payments on a recipient account', async () => {
    const input = { email: 'x@example.com', affiliateId: 'aff-x', organizationId: 'org-1' };
    const full = await createExpressAccount(cfg(), { ...input, country: 'US', serviceAgreement: 'full' }, 'k-us');
    expect(full.id).toMatch(/^acct_/);
    await expect(
      createExpressAccount(cfg(), { ...input, country: 'FR', serviceAgreement: 'full' }, 'k-fr'),
    ).rejects.toMatchObject({ status: 400 });
    for (const country of ['JP', 'BR', 'IN'])
      await expect(
        createExpressAccount(cfg(), { ...input, country, serviceAgreement: 'recipient' }, `k-${country}`),
      ).rejects.toMatchObject({ status: 400 });
    const cards = await fetch(`${server.url}/v1/accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=express&country=GB&tos_acceptance[service_agreement]=recipient&capabilities[card_payments][requested]=true&capabilities[transfers][requested]=true',
    });
    expect(cards.status).toBe(400);
    expect(((await cards.json()) as { error: { param: string } }).error.param).toBe('capabilities[card_payments]');
  });

  it('transfers with the item’s Idempotency-Key; the same key answers the same transfer', async () => {
    const account = await createExpressAccount(
      cfg(),
      {
        country: 'US',
        email: 'b@example.com',
        affiliateId: 'aff-2',
        organizationId: 'org-1',
        serviceAgreement: 'full',
      },
      'payout-method-org-1-aff-2-US',
    );
    // Refused before onboarding: the account has no active transfers capability.
    const input = {
      amountMinor: 1234,
      currency: 'USD',
      destination: account.id,
      payoutItemId: 'item-1',
      batchId: 'batch-1',
    };
    await expect(createTransfer(cfg(), input, 'payout-item-item-1-transfer')).rejects.toMatchObject({ status: 400 });
    const link = await createAccountLink(cfg(), {
      account: account.id,
      refreshUrl: 'https://a.example/r',
      returnUrl: 'https://a.example/x',
    });
    const done = await fetch(link.url, { method: 'POST', body: 'outcome=complete', redirect: 'manual' });
    expect(done.headers.get('location')).toBe('https://a.example/x');

    const first = await record(() => createTransfer(cfg(), input, 'payout-item-item-2-transfer'));
    expectConforms('PostTransfers', first.sent[0]!);
    expect(first.result).toMatchObject({ amount: 1234, currency: 'usd', destination: account.id, reversed: false });
    const again = await createTransfer(cfg(), input, 'payout-item-item-2-transfer');
    expect(again.id).toBe(first.result.id);

    const read = await record(() => getTransfer(cfg(), first.result.id));
    expectConforms('GetTransfersTransfer', read.sent[0]!);
  });

  it('the local server’s Connect events carry every field the webhook handler reads', async () => {
    const account = await createExpressAccount(
      cfg(),
      {
        country: 'US',
        email: 'c@example.com',
        affiliateId: 'aff-3',
        organizationId: 'org-1',
        serviceAgreement: 'full',
      },
      'payout-method-org-1-aff-3-US',
    );
    const link = await createAccountLink(cfg(), {
      account: account.id,
      refreshUrl: 'https://a.example/r',
      returnUrl: 'https://a.example/x',
    });
    await (await fetch(link.url, { method: 'POST', body: 'outcome=complete', redirect: 'manual' })).arrayBuffer();
    const transfer = await createTransfer(
      cfg(),
      { amountMinor: 500, currency: 'EUR', destination: account.id, payoutItemId: 'item-3', batchId: 'batch-3' },
      'payout-item-item-3-transfer',
    );
    const reversal = await fetch(`${server.url}/v1/transfers/${transfer.id}/reversals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'amount=500&metadata[reason]=test',
    });
    expect(undeclared(spec.operations.PostTransfersIdReversals, ['amount', 'metadata[reason]'])).toEqual([]);
    expect(reversal.status).toBe(200);
    for (const status of ['paid', 'failed'])
      await fetch(`${server.url}/__control/connect/payouts`, {
        method: 'POST',
        body: JSON.stringify({ account: account.id, status }),
      });
    const events = (
      (await (await fetch(`${server.url}/__control/events`)).json()) as { data: { type: string; payload: string }[] }
    ).data;
    const at = (o: unknown, path: string) =>
      path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);
    for (const [type, fields] of Object.entries(spec.events)) {
      const event = events.find((e) => e.type === type);
      expect(event, type).toBeDefined();
      const body = JSON.parse(event!.payload) as unknown;
      for (const field of fields) expect(at(body, field), `${type} ${field}`).not.toBeUndefined();
    }
  });
});
