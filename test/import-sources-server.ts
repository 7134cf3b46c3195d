import type { TestProject } from 'vitest/node';
import { startImportSourcesServer } from '../dev/import-sources-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared local server of the import sources' APIs (dev/import-sources-server.ts). */
    importSourcesUrl: string;
  }
}

/** One local server for every import source's API; each test seeds its own data set under its own token. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startImportSourcesServer();
  project.provide('importSourcesUrl', server.url);
  return () => server.close();
}
