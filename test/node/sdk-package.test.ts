import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import vectors from '../../sdk/signature-vectors.json';

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL('../../sdk/typescript/', import.meta.url));

// The package as npm would publish it: `npm pack` runs its prepack build (tsc into dist/), so a change that
// breaks the build, the exports or the file list fails here rather than at release time.
test('the SDK builds and packs dist, README and CHANGELOG, and the built modules work under plain Node', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts=false'], {
    cwd: sdkDir,
    timeout: 120_000,
  });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf('['))) as [{ name: string; files: { path: string }[] }];
  const files = packed.files.map((f) => f.path);
  expect(packed.name).toBe('@affiliate-edge/sdk');
  expect(files).toEqual(
    expect.arrayContaining([
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/browser.js',
      'dist/browser.d.ts',
    ]),
  );
  expect(files.filter((f) => !/^(dist\/[\w.-]+\.(js|d\.ts)|README\.md|CHANGELOG\.md|package\.json)$/.test(f))).toEqual(
    [],
  );

  const sdk = await import(/* @vite-ignore */ pathToFileURL(`${sdkDir}dist/index.js`).href);
  const v = vectors.conversions[1]!;
  expect(await sdk.signatureHeader(v.secret, v.timestamp, v.body)).toBe(v.header);
  expect(Object.keys(sdk).sort()).toEqual([
    'AffiliateEdgeError',
    'SIGNATURE_HEADER',
    'WebhookVerificationError',
    'createClient',
    'signRequest',
    'signatureHeader',
    'verifyWebhook',
  ]);
  const browser = await import(/* @vite-ignore */ pathToFileURL(`${sdkDir}dist/browser.js`).href);
  expect(typeof browser.captureClickId).toBe('function');
});
