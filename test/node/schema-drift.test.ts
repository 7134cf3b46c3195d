import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

// drizzle-kit compares schema/ with the last snapshot in migrations/meta: if generating into a
// copy of migrations/ writes anything, someone changed a table without generating its migration.
test('schema/ and migrations/ agree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    cpSync(join(root, 'migrations'), join(dir, 'migrations'), { recursive: true });
    const config = join(dir, 'drizzle.config.ts');
    writeFileSync(
      config,
      `export default ${JSON.stringify({ dialect: 'postgresql', schema: join(root, 'schema/index.ts'), out: './migrations', schemaFilter: ['affiliate', 'logs'], casing: 'snake_case' })};\n`,
    );
    const before = readdirSync(join(dir, 'migrations')).sort();
    const run = spawnSync(
      join(root, 'node_modules/.bin/drizzle-kit'),
      ['generate', '--config', config, '--name', 'drift'],
      { cwd: dir, encoding: 'utf8' },
    );
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(readdirSync(join(dir, 'migrations')).sort(), output).toEqual(before);
    expect(output).toContain('No schema changes');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
