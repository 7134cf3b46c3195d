import { z } from 'zod';
import { type StripeConfig, stripeRequest } from './stripe-client';

/**
 * The Connect calls of the payout rail, pinned to one API version so an account's default version
 * cannot change the shapes read here. Request fields are checked against Stripe's OpenAPI
 * document in test/workers/stripe-connect-contract.test.ts.
 */
export const CONNECT_API_VERSION = '2025-03-31.basil';

const withVersion = (cfg: StripeConfig): StripeConfig => ({ ...cfg, apiVersion: CONNECT_API_VERSION });

const platformAccount = z.object({ id: z.string(), livemode: z.boolean().optional(), country: z.string().optional() });

/** GET /v1/account: whose key this is; a refused key throws StripeApiError with status 401. */
export async function getPlatformAccount(cfg: StripeConfig) {
  return platformAccount.parse(await stripeRequest<unknown>(withVersion(cfg), 'GET', '/v1/account'));
}

export const connectedAccount = z.object({
  id: z.string(),
  details_submitted: z.boolean().default(false),
  payouts_enabled: z.boolean().default(false),
  requirements: z
    .object({ currently_due: z.array(z.string()).nullable().default([]) })
    .nullable()
    .optional(),
});
export type ConnectedAccount = z.infer<typeof connectedAccount>;

/**
 * POST /v1/accounts: an Express account for one affiliate of one advertiser. The idempotency key
 * is derived from the pair, so a double click or a retry never makes two accounts. An account in
 * another country than the platform's is a cross-border one: Stripe pays it only under the
 * `recipient` service agreement (domain/stripe-cross-border.ts), which allows transfers and no card payments.
 */
export async function createExpressAccount(
  cfg: StripeConfig,
  input: {
    country: string;
    email: string;
    affiliateId: string;
    organizationId: string;
    serviceAgreement: 'full' | 'recipient';
  },
  idempotencyKey: string,
): Promise<ConnectedAccount> {
  const body = await stripeRequest<unknown>(
    withVersion(cfg),
    'POST',
    '/v1/accounts',
    {
      type: 'express',
      country: input.country,
      email: input.email,
      capabilities: { transfers: { requested: true } },
      ...(input.serviceAgreement === 'recipient' ? { tos_acceptance: { service_agreement: 'recipient' } } : {}),
      metadata: { affiliate_id: input.affiliateId, organization_id: input.organizationId },
    },
    idempotencyKey,
  );
  return connectedAccount.parse(body);
}

/** GET /v1/accounts/{id}: the account's onboarding state now. */
export async function getConnectedAccount(cfg: StripeConfig, accountId: string): Promise<ConnectedAccount> {
  return connectedAccount.parse(
    await stripeRequest<unknown>(withVersion(cfg), 'GET', `/v1/accounts/${encodeURIComponent(accountId)}`),
  );
}

/** POST /v1/account_links: a one-time URL of Stripe's hosted onboarding for the account. */
export async function createAccountLink(
  cfg: StripeConfig,
  input: { account: string; refreshUrl: string; returnUrl: string },
): Promise<{ url: string; expires_at: number }> {
  const body = await stripeRequest<unknown>(withVersion(cfg), 'POST', '/v1/account_links', {
    account: input.account,
    refresh_url: input.refreshUrl,
    return_url: input.returnUrl,
    type: 'account_onboarding',
  });
  return z.object({ url: z.string(), expires_at: z.number() }).parse(body);
}

export const stripeTransfer = z.object({
  id: z.string(),
  amount: z.number().int(),
  amount_reversed: z.number().int().default(0),
  currency: z.string(),
  destination: z.string().nullable(),
  reversed: z.boolean().default(false),
  metadata: z.record(z.string(), z.string()).default({}),
});
export type StripeTransfer = z.infer<typeof stripeTransfer>;

/**
 * POST /v1/transfers to a connected account. The caller's idempotency key is fixed by the payout
 * item, so Stripe answers a repeated call with the first transfer instead of paying twice.
 */
export async function createTransfer(
  cfg: StripeConfig,
  input: { amountMinor: number; currency: string; destination: string; payoutItemId: string; batchId: string },
  idempotencyKey: string,
): Promise<StripeTransfer> {
  const body = await stripeRequest<unknown>(
    withVersion(cfg),
    'POST',
    '/v1/transfers',
    {
      amount: input.amountMinor,
      currency: input.currency.toLowerCase(),
      destination: input.destination,
      transfer_group: input.batchId,
      metadata: { payout_item_id: input.payoutItemId, payout_batch_id: input.batchId },
    },
    idempotencyKey,
  );
  return stripeTransfer.parse(body);
}

/** GET /v1/transfers/{id}: the polling job reads reversals back. */
export async function getTransfer(cfg: StripeConfig, transferId: string): Promise<StripeTransfer> {
  return stripeTransfer.parse(
    await stripeRequest<unknown>(withVersion(cfg), 'GET', `/v1/transfers/${encodeURIComponent(transferId)}`),
  );
}
