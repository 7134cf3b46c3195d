import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The Python client's own unittest suite (sdk/python/test_affiliate_edge.py): the shared vectors, retries against
// a local HTTP server, webhook verification. Never skipped: without python3 this fails and says how to get it.
test('the Python client passes its unittest suite', () => {
  const run = spawnSync('python3', ['-m', 'unittest', 'discover', '-s', 'sdk/python', '-v'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    expect.fail(
      'python3 is not installed: the Python client (sdk/python) cannot be tested. Install Debian’s python3 (.ci/run does).',
    );
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status, output).toBe(0);
  // unittest prints one "ok" per test; a suite that found nothing would also exit 0.
  expect(output).toMatch(/Ran (1\d|[2-9]\d) tests/);
});
