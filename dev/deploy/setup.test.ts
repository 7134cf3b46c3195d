import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeployConfig } from './config';
import { runSetup } from './setup';
import type { WranglerRun } from './wrangler-cli';

const OWN_TOML = readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8');

/** A Cloudflare account as wrangler shows it, answering the commands deploy:setup runs. */
function fakeAccount(opts: { queues?: string[]; secrets?: string[] | null } = {}) {
  const queues = [...(opts.queues ?? [])];
  const kv: { id: string; title: string }[] = [];
  const calls: string[] = [];
  const run: WranglerRun = async (args) => {
    const command = args.join(' ');
    calls.push(command);
    if (command.startsWith('queues list')) {
      // One page holds everything; later pages repeat nothing new.
      const rows = queues.map((q, i) => `│ ${String(i).padStart(32, '0')} │ ${q} │`);
      return args[3] === '1' ? ['┌┐', '│ id │ name │', ...rows, '└┘'].join('\n') : '┌┐\n└┘';
    }
    if (command.startsWith('queues create ')) {
      queues.push(args[2]!);
      return 'Created queue';
    }
    if (command === 'kv namespace list') return JSON.stringify(kv);
    if (command.startsWith('kv namespace create ')) {
      kv.push({ id: (kv.length + 10).toString(16).padStart(32, 'a'), title: args[3]! });
      return 'Success!';
    }
    if (command === 'secret list --format json') {
      if (opts.secrets === null) throw new Error('wrangler secret list exited 1:\nThis Worker does not exist');
      return JSON.stringify((opts.secrets ?? []).map((name) => ({ name, type: 'secret_text' })));
    }
    throw new Error(`unexpected wrangler ${command}`);
  };
  return { run, calls, queues, kv };
}

const ALL_SECRETS = ['DATABASE_URL', 'JWT_SECRET', 'DATA_ENCRYPTION_KEY'];
const creations = (calls: string[]) => calls.filter((c) => c.includes(' create '));

describe('runSetup', () => {
  it('creates every missing queue and namespace, writes the ids, and a second run creates nothing', async () => {
    const account = fakeAccount({ queues: ['clicks'], secrets: ALL_SECRETS });
    const lines: string[] = [];
    const first = await runSetup({ toml: OWN_TOML, run: account.run, dryRun: false, log: (l) => lines.push(l) });
    expect(creations(account.calls)).toEqual([
      'queues create clicks-dlq',
      'queues create conversions',
      'queues create conversions-dlq',
      'queues create postbacks',
      'queues create postbacks-dlq',
      'queues create notifications',
      'queues create notifications-dlq',
      'queues create webhooks',
      'queues create webhooks-dlq',
      'kv namespace create affiliate-edge-ROUTING',
      'kv namespace create affiliate-edge-CLICK_SPOOL',
    ]);
    expect(first.ok).toBe(true);
    expect(readDeployConfig(first.toml).kvNamespaces).toEqual([
      { binding: 'ROUTING', id: account.kv[0]!.id },
      { binding: 'CLICK_SPOOL', id: account.kv[1]!.id },
    ]);
    expect(lines).toContain('Ready: npm run deploy');

    account.calls.length = 0;
    const second = await runSetup({ toml: first.toml, run: account.run, dryRun: false, log: () => {} });
    expect(creations(account.calls)).toEqual([]);
    expect(second).toEqual({ toml: first.toml, ok: true });
  });

  it('a dry run lists and plans, and creates and writes nothing', async () => {
    const account = fakeAccount({ secrets: ALL_SECRETS });
    const lines: string[] = [];
    const result = await runSetup({ toml: OWN_TOML, run: account.run, dryRun: true, log: (l) => lines.push(l) });
    expect(creations(account.calls)).toEqual([]);
    expect(result.toml).toBe(OWN_TOML);
    expect(lines.filter((l) => l.startsWith('  to do '))).toHaveLength(12);
    expect(lines).toContain('Dry run: nothing was created.');
  });

  it('a namespace left by an interrupted run is found by its title, not created twice', async () => {
    const account = fakeAccount({ secrets: ALL_SECRETS });
    account.kv.push({ id: 'c'.repeat(32), title: 'affiliate-edge-ROUTING' });
    const result = await runSetup({ toml: OWN_TOML, run: account.run, dryRun: false, log: () => {} });
    expect(creations(account.calls).filter((c) => c.startsWith('kv '))).toEqual([
      'kv namespace create affiliate-edge-CLICK_SPOOL',
    ]);
    expect(readDeployConfig(result.toml).kvNamespaces[0]).toEqual({ binding: 'ROUTING', id: 'c'.repeat(32) });
  });

  it.each<[string, string[] | null, string[]]>([
    ['some set', ['JWT_SECRET'], ['DATABASE_URL', 'DATA_ENCRYPTION_KEY']],
    ['no Worker yet', null, ['DATABASE_URL', 'JWT_SECRET', 'DATA_ENCRYPTION_KEY']],
  ])('missing secrets (%s) are printed with their commands and fail the run', async (_label, secrets, missing) => {
    const account = fakeAccount({ secrets });
    const lines: string[] = [];
    const result = await runSetup({ toml: OWN_TOML, run: account.run, dryRun: false, log: (l) => lines.push(l) });
    expect(result.ok).toBe(false);
    const report = lines.find((l) => l.startsWith('Required secrets not set:'))!;
    for (const name of missing) expect(report).toContain(`npx wrangler secret put ${name} `);
    expect(lines).not.toContain('Ready: npm run deploy');
  });

  it('a written id the account lacks stops the run before anything is created', async () => {
    const account = fakeAccount({ secrets: ALL_SECRETS });
    const toml = OWN_TOML.replace('00000000000000000000000000000001', 'd'.repeat(32));
    const result = await runSetup({ toml, run: account.run, dryRun: false, log: () => {} });
    expect(result).toEqual({ toml, ok: false });
    expect(creations(account.calls)).toEqual([]);
  });
});
