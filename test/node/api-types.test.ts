import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { apiTypesPath, renderApiTypes } from '../../dev/api-types';

test('dashboard/src/lib/api/schema.gen.ts is what `npm run api:types` generates from the API', async () => {
  const committed = readFileSync(apiTypesPath, 'utf8');
  const rendered = await renderApiTypes();
  if (committed === rendered) return;
  const a = committed.split('\n');
  const b = rendered.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]) + 1 || Math.min(a.length, b.length) + 1;
  expect.fail(
    `schema.gen.ts differs from the API's OpenAPI document from line ${line} on: run \`npm run api:types\` and commit the result`,
  );
});
