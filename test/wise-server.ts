import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startWiseServer } from '../dev/wise-server';

/** The deployment's WISE_API_TOKEN in the workers project (vitest.config.ts): its business profile is wiseProfileId. */
export const WISE_TEST_TOKEN = 'test-wise-api-token';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local Wise server (dev/wise-server.ts). */
    wiseBaseUrl: string;
    /** Its profile id and the PEM public key of its webhook signing key. */
    wiseProfileId: string;
    wisePublicKey: string;
  }
}

/**
 * One local Wise server for the whole run. It has no webhook URL: it cannot reach the Worker inside workerd's
 * test isolate, so tests read its outbox (`GET /__control/webhooks`) and replay the signed deliveries. Any UUID is
 * a Wise token of its own user there (its own profiles): advertisers connect fresh ones (test/wise.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startWiseServer({ port: await freePort(), token: WISE_TEST_TOKEN });
  project.provide('wiseBaseUrl', server.url);
  project.provide('wiseProfileId', String(server.profileId));
  project.provide('wisePublicKey', server.publicKeyPem);
  return () => server.close();
}
