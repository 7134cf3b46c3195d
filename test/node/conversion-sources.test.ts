import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SourceProvider, WebhookSource } from '../../schema/enums';
import { createApi } from '../../workers/api/app';
import { openApiDocumentConfig } from '../../workers/api/openapi-document';
import { CONVERSION_SOURCES } from '../../workers/services/conversion-sources';
import { repoRoot } from './source-imports';

// docs/conversion-sources.md: a conversion source is a folder of workers/services/conversion-sources/, one line in its
// registry.ts and a value of WebhookSource (schema/enums.ts). These keep the three, and each source's endpoint, in step.

const AREA = 'workers/services/conversion-sources';
const folderOf = (id: string) => id.replaceAll('_', '-');
const folders = readdirSync(join(repoRoot, AREA), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('conversion sources', () => {
  test.each(WebhookSource)('%s is registered under its own id', (id) => {
    expect(CONVERSION_SOURCES[id]?.id).toBe(id);
  });

  test.each(WebhookSource)('%s has its folder with its source.ts', (id) => {
    expect(existsSync(join(repoRoot, AREA, folderOf(id), 'source.ts'))).toBe(true);
  });

  test('every folder of the area is a source of the enum, and the registry holds nothing else', () => {
    expect(folders).toEqual(WebhookSource.map(folderOf).sort());
    expect(Object.keys(CONVERSION_SOURCES).sort()).toEqual([...WebhookSource].sort());
  });

  test('the sources kept in billing_webhooks are sources of the enum', () => {
    expect(SourceProvider.filter((p) => !WebhookSource.includes(p))).toEqual([]);
  });

  test('every source has its own endpoint, and the API document receives on it', () => {
    const segments = WebhookSource.map((id) => CONVERSION_SOURCES[id].pathSegment);
    expect(new Set(segments).size).toBe(segments.length);
    const paths = createApi().getOpenAPI31Document(openApiDocumentConfig('dev', null)).paths ?? {};
    for (const segment of segments) expect(paths[`/api/v1/${segment}/{appId}/webhooks`]?.post, segment).toBeDefined();
  });

  test('every source states its secret rule, and the rule refuses a blank secret', () => {
    for (const id of WebhookSource) {
      const { pattern, message } = CONVERSION_SOURCES[id].secretRule;
      expect(message.length, id).toBeGreaterThan(10);
      expect(pattern.test(''), id).toBe(false);
    }
  });
});
