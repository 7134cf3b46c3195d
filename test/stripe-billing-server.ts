import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startStripeServer } from '../dev/stripe-server';

/** What the server accepts and signs with; vitest.config.ts binds the same literals into the Worker. */
export const STRIPE_BILLING_TEST_KEY = 'sk_test_billing_local';
export const STRIPE_BILLING_TEST_WEBHOOK_SECRET = 'whsec_test_billing_0123456789abcdef';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local Stripe server (dev/stripe-server.ts), on 127.0.0.1. */
    stripeBaseUrl: string;
  }
}

/**
 * One local Stripe server for the run. It cannot reach the Worker inside workerd's test isolate,
 * so tests read the events it signed (`GET /__control/events?customer=…`) and deliver them
 * themselves, in whatever order a test needs. Scope by customer: files share the server.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startStripeServer({
    port: await freePort(),
    secretKey: STRIPE_BILLING_TEST_KEY,
    webhookSecret: STRIPE_BILLING_TEST_WEBHOOK_SECRET,
  });
  project.provide('stripeBaseUrl', server.url);
  return () => server.close();
}
