import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startPayPalServer } from '../dev/paypal-server';

/** Credentials the server accepts; vitest.config.ts binds the same literals as PAYPAL_CLIENT_ID / _SECRET / _WEBHOOK_ID. */
export const PAYPAL_TEST_CLIENT_ID = 'test-paypal-client-id';
export const PAYPAL_TEST_CLIENT_SECRET = 'test-paypal-client-secret';
export const PAYPAL_TEST_WEBHOOK_ID = 'TESTWEBHOOK1';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local PayPal server (dev/paypal-server.ts), on 127.0.0.1. */
    paypalBaseUrl: string;
    /** A second local PayPal server standing in for PayPal live (PAYPAL_LIVE_BASE_URL): a world of its own. */
    paypalLiveBaseUrl: string;
  }
}

/**
 * One local PayPal server for the whole run. It has no webhook URL: it cannot reach the Worker
 * that runs inside workerd's test isolate, so tests read its outbox (`GET /__control/webhooks`)
 * and replay the deliveries into the Worker themselves. Files share it: use unique
 * sender_batch_ids, scope faults with `senderBatchId`, and never call /__control/reset.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPayPalServer({
    port: await freePort(),
    clientId: PAYPAL_TEST_CLIENT_ID,
    clientSecret: PAYPAL_TEST_CLIENT_SECRET,
    webhookId: PAYPAL_TEST_WEBHOOK_ID,
    processingDelayMs: 200,
  });
  // Its own app only; organizations' live apps are registered on it by the tests that need them.
  const live = await startPayPalServer({
    port: await freePort(),
    clientId: 'test-paypal-live-client-id',
    clientSecret: 'test-paypal-live-client-secret',
    webhookId: 'TESTLIVEWEBHOOK1',
    processingDelayMs: 200,
  });
  project.provide('paypalBaseUrl', server.url);
  project.provide('paypalLiveBaseUrl', live.url);
  return async () => {
    await Promise.all([server.close(), live.close()]);
  };
}
