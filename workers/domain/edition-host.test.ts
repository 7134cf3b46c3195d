import { describe, expect, it } from 'vitest';
import { editionHost, type EditionHostRules } from './edition-host';

const sub: EditionHostRules = { kind: 'subdomain', baseDomain: 'podruga.example', protectedHosts: ['affiliate.test'] };
const custom: EditionHostRules = { ...sub, kind: 'custom', protectedHosts: ['affiliate.test', 'podruga.example'] };

describe('editionHost', () => {
  it.each<[string, EditionHostRules, string | null]>([
    ['alice', sub, 'alice.podruga.example'],
    ['Alice.Podruga.Example.', sub, 'alice.podruga.example'],
    ['al', sub, null],
    ['-alice', sub, null],
    ['al--ice', sub, null],
    ['www', sub, null],
    ['login', sub, null],
    ['a.b', sub, null],
    ['alice.other.example', sub, null],
    ['ai.alice-friend.com', custom, 'ai.alice-friend.com'],
    ['alice-friend.com', custom, null],
    ['alice.podruga.example', custom, null],
    ['x.affiliate.test', custom, null],
    ['127.0.0.1', custom, null],
    ['localhost', custom, null],
    ['https://ai.alice-friend.com/', custom, null],
  ])('%s (%s)', (raw, rules, host) => {
    const result = editionHost(raw, rules);
    expect('host' in result ? result.host : null).toBe(host);
  });

  it('needs a base domain for subdomains', () => {
    expect(editionHost('alice', { ...sub, baseDomain: null })).toMatchObject({ issue: { code: 'host_not_allowed' } });
  });
});
