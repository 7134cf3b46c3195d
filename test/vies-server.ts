import type { TestProject } from 'vitest/node';
import { startViesServer } from '../dev/vies-server';
import { freePort } from '../dev/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared local VIES double's base URL (dev/vies-server.ts): numbers ending in 0 are invalid, in 9 unavailable. */
    viesBaseUrl: string;
  }
}

/** One VIES double for the whole run; vitest.config.ts binds VIES_API_BASE_URL to it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startViesServer({ port: await freePort() });
  project.provide('viesBaseUrl', server.url);
  return () => server.close();
}
