// Only `repository` is bundled: esbuild and Vite import a JSON file's top-level keys one by one.
import { repository } from '../../package.json';

/**
 * Where docs/errors.md is read: every error body's `docUrl` is this plus `#<code>` (Dub and Unkey do the same).
 * Derived from package.json's `repository`, the one place the project names its home; not a variable of env.ts,
 * because an error can be answered before the environment is checked.
 */
export const ERROR_DOCS_BASE_URL = `${repository.url}/blob/main/docs/errors.md`;

export const errorDocUrl = (code: string): string => `${ERROR_DOCS_BASE_URL}#${code}`;
