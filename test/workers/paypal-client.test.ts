import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../workers/env';
import { createPayout } from '../../workers/integrations/paypal/create-payout';
import { getPayoutBatch } from '../../workers/integrations/paypal/get-payout-batch';
import { paypalConfig } from '../../workers/integrations/paypal/paypal-config';
import { parsePayPalWebhookEvent } from '../../workers/integrations/paypal/paypal-events';
import { verifyWebhookSignature } from '../../workers/integrations/paypal/verify-webhook-signature';
import { eventually } from '../eventually';

describe('PayPal client inside workerd', () => {
  it('pays out through the configured local server and verifies its webhooks', async () => {
    const cfg = paypalConfig(loadConfig(env));
    if (!cfg) throw new Error('PAYPAL_* bindings are missing from vitest.config.ts');
    const senderBatchId = `workerd-${crypto.randomUUID()}`;
    const created = await createPayout(cfg, {
      senderBatchId,
      emailSubject: 'Your affiliate payout',
      items: [
        { senderItemId: 'a', receiverEmail: 'alice@example.com', amountMinor: 12_345, currency: 'USD' },
        { senderItemId: 'b', receiverEmail: 'bob+unclaimed@example.com', amountMinor: 5_000, currency: 'JPY' },
      ],
    });
    expect(created.kind).toBe('created');

    const done = await eventually(
      async () => {
        const page = await getPayoutBatch(cfg, created.payoutBatchId, { page: 1, pageSize: 100 });
        return page.batchStatus === 'SUCCESS' ? page : undefined;
      },
      30_000,
      'batch SUCCESS',
    );
    expect(done.items.map((i) => [i.senderItemId, i.transactionStatus])).toEqual([
      ['a', 'SUCCESS'],
      ['b', 'UNCLAIMED'],
    ]);

    // The server cannot reach this isolate: read its outbox and replay what it would have POSTed.
    const res = await fetch(`${cfg.baseUrl}/__control/webhooks?senderBatchId=${senderBatchId}`);
    const { webhooks } = (await res.json()) as { webhooks: { headers: Record<string, string>; body: string }[] };
    expect(webhooks).toHaveLength(4);
    for (const hook of webhooks) {
      const event = JSON.parse(hook.body) as unknown;
      expect(await verifyWebhookSignature(cfg, new Headers(hook.headers), event)).toBe(true);
      expect(parsePayPalWebhookEvent(event).kind).not.toBe('unsupported');
    }
  });
});
