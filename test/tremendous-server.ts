import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startTremendousServer } from '../dev/tremendous-server';

/** The key the server signs every webhook with; advertisers in tests give it as their webhook key. */
export const TREMENDOUS_TEST_WEBHOOK_KEY = 'test-tremendous-webhook-key';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL (…/api/v2) of the shared local Tremendous server (dev/tremendous-server.ts). */
    tremendousBaseUrl: string;
  }
}

/**
 * One local Tremendous server for the whole run. It has no webhook URL: it cannot reach the Worker inside
 * workerd's test isolate, so tests read its outbox (`GET /__control/webhooks?key=`) and replay the
 * deliveries. Every API key is its own organization there: tests use fresh keys and never share orders.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTremendousServer({ port: await freePort(), webhookKey: TREMENDOUS_TEST_WEBHOOK_KEY });
  project.provide('tremendousBaseUrl', server.url);
  return () => server.close();
}
