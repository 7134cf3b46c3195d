import type { TestProject } from 'vitest/node';
import { startCloudflareServer } from '../dev/cloudflare-server';
import { freePort } from '../dev/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared local Cloudflare custom hostnames server's API base (dev/cloudflare-server.ts); /__control is at its origin. */
    cloudflareApiUrl: string;
  }
}

/**
 * One local Cloudflare server for the whole run; vitest.config.ts binds the same token and zone.
 * A hostname turns active on its third poll unless a test fails or activates it first: files
 * share the server, so each uses hostnames of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startCloudflareServer({
    port: await freePort(),
    token: 'test-cloudflare-token',
    zoneId: 'test-zone',
    activateAfterPolls: 3,
  });
  project.provide('cloudflareApiUrl', server.apiUrl);
  return () => server.close();
}
