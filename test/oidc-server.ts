import type { TestProject } from 'vitest/node';
import { freePort } from '../dev/free-port';
import { startOidcServer } from '../dev/oidc-server';

/** The clients the server accepts; vitest.config.ts binds the same literals as GOOGLE_* and GITHUB_*. */
export const OIDC_TEST_CLIENTS = {
  google: { clientId: 'test-google-client-id', clientSecret: 'test-google-client-secret' },
  github: { clientId: 'test-github-client-id', clientSecret: 'test-github-client-secret' },
};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared local identity provider (dev/oidc-server.ts): Google's issuer and GitHub's base URL. */
    oidcUrl: string;
  }
}

/** One local Google and GitHub for the whole run; files sign in people of their own (`sub=`, `email=`). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startOidcServer({ port: await freePort(), ...OIDC_TEST_CLIENTS });
  project.provide('oidcUrl', server.url);
  return () => server.close();
}
