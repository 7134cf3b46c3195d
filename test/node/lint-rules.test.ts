import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from './source-imports';

// The import rules of biome.json are the layering's only guard: this plants one forbidden import per rule in a
// temporary copy of the configuration and expects biome to refuse each, and an allowed import per layer to pass.
// A rule that silently stops matching (a glob typo, an override that replaces another's patterns) fails here.

/** [file, import specifier, words of the message biome must give] */
const PLANTS: [string, string, string][] = [
  ['workers/contracts/p.ts', '../services/links', 'contracts/ is the leaf'],
  ['workers/api/p-db.ts', '../db/client', 'api/ reaches the database only through services'],
  ['workers/api/p-orm.ts', 'drizzle-orm', 'api/ reaches the database only through services'],
  ['workers/api/p-deep.ts', '../services/links/create-link', "Import services only through their area's index"],
  ['workers/api/p-int.ts', '../integrations/paypal', 'api/ reaches outside systems through services'],
  ['workers/consumers/p.ts', '../services/links/create-link', "Import services only through their area's index"],
  ['workers/cron/p.ts', '../../schema', 'consumers/ and cron/ hand work to services'],
  ['workers/tracker/p-db.ts', '../db', 'The redirect path never touches Postgres'],
  ['workers/tracker/p-svc.ts', '../services/links', 'tracker/ depends only on contracts/'],
  ['workers/domain/p-ctx.ts', '../context', 'domain/ holds pure rules: it imports only'],
  ['workers/domain/p-err.ts', '../errors/codes', 'domain/ holds pure rules: it imports only'],
  ['workers/domain/p-svc.ts', '../services/links', 'domain/ holds pure rules: it imports only'],
  ['workers/domain/p-tables.ts', '../../schema', 'domain/ holds pure rules: it imports only'],
  ['workers/domain/p-orm.ts', 'drizzle-orm', 'no database driver'],
  ['workers/domain/p-hono.ts', 'hono', 'no database driver'],
  ['workers/domain/sub/p-ctx.ts', '../../context', 'domain/ holds pure rules: it imports only'],
  ['workers/domain/p-test.test.ts', '../services/links', 'domain/ holds pure rules: it imports only contracts/'],
  ['workers/domain/p-tables.test.ts', '../../schema/links', 'domain/ never sees tables'],
  ['workers/services/x/p.ts', '../../api/links', 'services/ is called by api/'],
  ['workers/integrations/p.ts', '../db', 'integrations/ are thin typed clients'],
  ['schema/p.ts', '../workers/domain/money', 'schema/ is the floor'],
  ['dashboard/src/p.ts', '../../workers/services/links', 'The dashboard reaches the backend only through'],
  ['workers/p-dash.ts', '@/lib/api', "@/ is the dashboard's alias"],
  ['workers/services/x/p-dash.ts', '@/lib/api', "@/ is the dashboard's alias"],
  ['workers/p-dev.ts', '../dev/prng', 'dev/ holds local tools'],
  ['workers/services/x/p-dev.ts', '../../../dev/paypal-server', 'dev/ holds local tools'],
  ['workers/domain/p-dev.ts', '../../dev/prng', 'dev/ holds local tools'],
  ['schema/p-dev.ts', '../dev/prng', 'dev/ holds local tools'],
  ['dashboard/src/p-dev.ts', '../../dev/prng', 'dev/ holds local tools'],
  ['workers/p-alias.ts', '@domain/../services/links', "'..' after"],
  ['workers/api/p-alias.ts', '@contracts/x/../../db', "'..' after"],
  ['dashboard/src/p-alias.ts', '@/../workers/db', "'..' after"],
  ['dashboard/src/p-alias2.ts', '@domain/../db/client', "'..' after"],
];

/** Imports each layer may make: none of them may be refused. */
const ALLOWED: [string, string][] = [
  ['workers/contracts/ok.ts', '../../schema/enums'],
  ['workers/api/ok.ts', '../services/links/index'],
  ['workers/cron/ok.ts', '../../schema/enums'],
  ['workers/domain/ok-contracts.ts', '../contracts/ids'],
  ['workers/domain/ok-enums.ts', '../../schema/enums'],
  ['workers/domain/ok-ids.ts', '../../schema/ids'],
  ['workers/domain/ok-error.ts', '../errors/app-error'],
  ['workers/domain/ok-lib.ts', 'zod'],
  ['workers/domain/ok-sibling.ts', './money'],
  ['workers/domain/sub/ok.ts', '../money'],
  ['workers/domain/sub/ok-contracts.ts', '../../contracts/ids'],
  ['workers/domain/ok-test.test.ts', '../../dev/prng'],
  ['workers/services/x/ok.ts', '../../db/client'],
  ['workers/ok-alias.ts', '@domain/money'],
  ['dashboard/src/ok.ts', '@domain/money'],
  ['dashboard/src/ok-local.ts', '@/lib/api'],
];

let dir: string;
let found: Map<string, string[]>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-rules-'));
  const config = JSON.parse(readFileSync(join(repoRoot, 'biome.json'), 'utf8'));
  // The copy is not a git checkout; only the import rule is under test here.
  delete config.$schema;
  config.vcs = { enabled: false };
  writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
  for (const [file, spec] of [...PLANTS, ...ALLOWED]) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `import { x } from '${spec}';\n\nexport const y = x;\n`);
  }
  let out: string;
  try {
    out = execFileSync(
      join(repoRoot, 'node_modules/.bin/biome'),
      ['lint', '--reporter=json', '--max-diagnostics=none', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
  } catch (error) {
    // biome exits 1 when it reports errors, which the plants are meant to cause
    out = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as {
    diagnostics: { category: string; message: string; location: { path: string } }[];
  };
  found = new Map();
  for (const d of report.diagnostics) {
    if (d.category !== 'lint/style/noRestrictedImports') continue;
    const path = d.location.path.replace(/\\/g, '/');
    found.set(path, [...(found.get(path) ?? []), d.message]);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('biome import rules', () => {
  test.each(PLANTS)('%s importing %s is refused', (file, _spec, words) => {
    expect(found.get(file) ?? [], `${file} should be refused`).toEqual(
      expect.arrayContaining([expect.stringContaining(words)]),
    );
  });

  test.each(ALLOWED)('%s importing %s passes', (file) => {
    expect(found.get(file) ?? []).toEqual([]);
  });
});
