import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeployConfig, type DeployConfig } from './config';
import { planSetup, type ExistingResources } from './plan';

const config: DeployConfig = {
  workerName: 'edge',
  queues: ['clicks', 'clicks-dlq'],
  kvNamespaces: [
    { binding: 'ROUTING', id: null },
    { binding: 'SPOOL', id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
  ],
  notHandled: [],
  vars: {},
};
const spool = { id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', title: 'edge-SPOOL' };
const routing = { id: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', title: 'edge-ROUTING' };

describe('planSetup', () => {
  it.each<[string, ExistingResources, ReturnType<typeof planSetup>['actions'], string[]]>([
    [
      'an empty account: every queue and the placeholder namespace',
      { queues: [], kvNamespaces: [spool] },
      [
        { kind: 'create-queue', name: 'clicks' },
        { kind: 'create-queue', name: 'clicks-dlq' },
        { kind: 'create-kv', binding: 'ROUTING', title: 'edge-ROUTING' },
      ],
      [],
    ],
    [
      'only the dead-letter queue is missing',
      { queues: ['clicks', 'other-project'], kvNamespaces: [spool, routing] },
      [
        { kind: 'create-queue', name: 'clicks-dlq' },
        { kind: 'record-kv-id', binding: 'ROUTING', title: 'edge-ROUTING', id: routing.id },
      ],
      [],
    ],
    [
      'everything exists and the ids are written: nothing',
      { queues: ['clicks-dlq', 'clicks'], kvNamespaces: [spool, routing] },
      [{ kind: 'record-kv-id', binding: 'ROUTING', title: 'edge-ROUTING', id: routing.id }],
      [],
    ],
    [
      "another project's namespace of the binding's bare name is not ours",
      { queues: ['clicks', 'clicks-dlq'], kvNamespaces: [spool, { id: 'c'.repeat(32), title: 'ROUTING' }] },
      [{ kind: 'create-kv', binding: 'ROUTING', title: 'edge-ROUTING' }],
      [],
    ],
    [
      'a written id the account does not have is a problem, not a creation',
      { queues: ['clicks', 'clicks-dlq'], kvNamespaces: [routing] },
      [{ kind: 'record-kv-id', binding: 'ROUTING', title: 'edge-ROUTING', id: routing.id }],
      ['KV SPOOL: wrangler.toml has id aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ],
  ])('%s', (_label, existing, actions, problems) => {
    const plan = planSetup(config, existing);
    expect(plan.actions).toEqual(actions);
    expect(plan.problems).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(plan.problems[i]).toContain(p));
  });

  it('once the ids are written, a second plan finds everything present', () => {
    const written = { ...config, kvNamespaces: config.kvNamespaces.map((kv) => ({ ...kv, id: kv.id ?? routing.id })) };
    const plan = planSetup(written, { queues: ['clicks', 'clicks-dlq'], kvNamespaces: [spool, routing] });
    expect(plan).toEqual({
      actions: [],
      present: [
        'queue clicks',
        'queue clicks-dlq',
        `KV ROUTING (edge-ROUTING, ${routing.id})`,
        `KV SPOOL (edge-SPOOL, ${spool.id})`,
      ],
      problems: [],
    });
  });

  it("plans the repository's own wrangler.toml: 10 queues and both KV namespaces on a new account", () => {
    const own = readDeployConfig(readFileSync(new URL('../../wrangler.toml', import.meta.url), 'utf8'));
    const plan = planSetup(own, { queues: [], kvNamespaces: [] });
    expect(
      plan.actions.filter((a) => a.kind === 'create-queue').map((a) => a.kind === 'create-queue' && a.name),
    ).toEqual([
      'clicks',
      'clicks-dlq',
      'conversions',
      'conversions-dlq',
      'postbacks',
      'postbacks-dlq',
      'notifications',
      'notifications-dlq',
      'webhooks',
      'webhooks-dlq',
    ]);
    expect(plan.actions.filter((a) => a.kind === 'create-kv')).toEqual([
      { kind: 'create-kv', binding: 'ROUTING', title: 'affiliate-edge-ROUTING' },
      { kind: 'create-kv', binding: 'CLICK_SPOOL', title: 'affiliate-edge-CLICK_SPOOL' },
    ]);
  });
});
