/**
 * Where docs/errors.md is read: every error body's `docUrl` is this plus `#<code>` (Dub and Unkey do the same).
 * A constant rather than a variable of env.ts: an error can be answered before the environment is checked.
 * A fork that publishes its docs elsewhere changes this one line.
 */
export const ERROR_DOCS_BASE_URL = 'https://github.com/affiliate-edge/affiliate-edge/blob/main/docs/errors.md';

export const errorDocUrl = (code: string): string => `${ERROR_DOCS_BASE_URL}#${code}`;
