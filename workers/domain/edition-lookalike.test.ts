import { describe, expect, it } from 'vitest';
import { editDistance, type LookalikeProtected, lookalikeIssue, skeleton } from './edition-lookalike';
import { decodePunycode } from './punycode';

const guarded: LookalikeProtected = {
  brands: ['Podruga AI', 'Podruga Labs'],
  domains: ['podruga.example', 'www.podruga.example'],
  otherEditionNames: ["Bob's Buddy"],
};
const base = 'podruga.example';

describe('lookalikeIssue', () => {
  it.each<[string, string, 'name' | 'host' | null]>([
    ["Alice's AI Friend", 'alice.podruga.example', null],
    ['Alice Friend', 'ai.alice-friend.com', null],
    ['Rodrigo Chat', 'rodrigo.podruga.example', null],
    // the issue's own example: the brand's name on a login-looking host
    ['Podruga AI', 'podruga-ai-login.example', 'name'],
    ['Alice Friend', 'podruga-ai-login.example', 'host'],
    ['Alice Friend', 'app.podruqa.example', 'host'],
    ['Alice Friend', 'chat.xn--podrug-8nf.example', 'host'],
    ['Alice Friend', 'podruga-login.podruga.example', 'host'],
    // confusables: Cyrillic а, Greek ο, digits
    ['Podrugа', 'alice.podruga.example', 'name'],
    ['Pοdruga', 'alice.podruga.example', 'name'],
    ['P0DRUGA', 'alice.podruga.example', 'name'],
    ['Podruga Pro', 'alice.podruga.example', 'name'],
    ['Pod ruga', 'alice.podruga.example', 'name'],
    ['Podrugga', 'alice.podruga.example', 'name'],
    // another affiliate's edition
    ["Bob's Buddy", 'bob2.podruga.example', 'name'],
    ['Bobs Budy', 'bob2.podruga.example', 'name'],
    ['Bob the Builder', 'bob3.podruga.example', null],
  ])('%s on %s → %s', (name, host, field) => {
    expect(lookalikeIssue({ name, host, baseDomain: base }, guarded)?.field ?? null).toBe(field);
  });
});

describe('the pieces', () => {
  it('folds shapes', () => {
    expect(skeleton('Pоdrugа АI')).toBe(skeleton('Podruga AI'));
    expect(skeleton('modern')).toBe(skeleton('rnodern'));
    expect(skeleton('Crème')).toBe('creme');
  });
  it('measures edits with a bound', () => {
    expect(editDistance('podruga', 'podruqa', 2)).toBe(1);
    expect(editDistance('podruga', 'rodrigo', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });
  it('decodes punycode', () => {
    expect(decodePunycode('podrug-8nf')).toBe('podrugа');
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('!!')).toBeNull();
  });
});
