import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { renderSdkTypes, sdkTypesPath } from '../../dev/sdk-types';

test('sdk/typescript/src/schema.gen.ts is what `npm run api:types` generates from the API', async () => {
  const committed = readFileSync(sdkTypesPath, 'utf8');
  const rendered = await renderSdkTypes();
  if (committed === rendered) return;
  const a = committed.split('\n');
  const b = rendered.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]) + 1 || Math.min(a.length, b.length) + 1;
  expect.fail(
    `the SDK's schema.gen.ts differs from the API's OpenAPI document from line ${line} on: run \`npm run api:types\` and commit the result`,
  );
});

test('the SDK’s types keep the conversion operation and the webhook event names', () => {
  const generated = readFileSync(sdkTypesPath, 'utf8');
  expect(generated).toContain('postConversion: {');
  expect(generated).toContain('ConversionOutcome: {');
  expect(generated).toMatch(/WebhookEndpoint: \{[\s\S]*events: \("conversion"/);
});
