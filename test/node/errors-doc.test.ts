import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { errorsDocPath, renderErrorsDoc } from '../../dev/errors-doc';
import { ERROR_CODES } from '../../workers/errors/codes';
import { ERROR_DOCS_BASE_URL, errorDocUrl } from '../../workers/errors/doc-url';
import packageJson from '../../package.json';

describe('docs/errors.md', () => {
  const committed = readFileSync(errorsDocPath, 'utf8');

  test('is what the generator prints from the error codes and their sentences', () => {
    if (committed === renderErrorsDoc()) return;
    expect.fail(
      'docs/errors.md differs from workers/errors/codes.ts or the EN error sentences: run `npm run docs:errors`',
    );
  });

  test('has a heading, so an anchor, for every code a docUrl points at', () => {
    const headings = new Set([...committed.matchAll(/^### (\S+)$/gm)].map((m) => m[1]));
    expect(ERROR_CODES.filter((code) => !headings.has(code))).toEqual([]);
    expect(ERROR_DOCS_BASE_URL).toBe(`${packageJson.repository.url}/blob/main/docs/errors.md`);
    expect(errorDocUrl('not_found')).toBe(`${ERROR_DOCS_BASE_URL}#not_found`);
  });
});
