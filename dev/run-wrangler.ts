import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardProcess } from './process-guard.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the repository's wrangler in `cwd`; resolves with its output, rejects with its tail when it fails. */
export function runWrangler(args: string[], cwd = root): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(join(root, 'node_modules/.bin/wrangler'), args, {
      cwd,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      // Its own group, ended with us: `check startup` runs workerd under it.
      detached: true,
    });
    const unguard = child.pid ? guardProcess({ pid: child.pid, group: true }) : () => {};
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      unguard();
      return code === 0
        ? resolve(output)
        : reject(new Error(`wrangler ${args.join(' ')} exited ${code}\n${output.slice(-4_000)}`));
    });
  });
}
