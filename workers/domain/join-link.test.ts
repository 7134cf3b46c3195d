import { describe, expect, test } from 'vitest';
import { joinLinkState, randomJoinCode, type JoinLinkFacts } from './join-link';

const now = new Date('2026-05-01T12:00:00Z');
const open: JoinLinkFacts = { revokedAt: null, expiresAt: null, maxUses: null, usesCount: 0, joinable: true };

describe('joinLinkState', () => {
  test.each<[string, Partial<JoinLinkFacts>, string]>([
    ['no limits', {}, 'valid'],
    ['expires later', { expiresAt: new Date('2026-05-01T12:00:01Z') }, 'valid'],
    ['expires exactly now', { expiresAt: now }, 'join_link_expired'],
    ['expired', { expiresAt: new Date('2026-04-30T00:00:00Z') }, 'join_link_expired'],
    ['one use left', { maxUses: 3, usesCount: 2 }, 'valid'],
    ['used up exactly', { maxUses: 3, usesCount: 3 }, 'join_link_used_up'],
    ['revoked', { revokedAt: now }, 'join_link_revoked'],
    [
      'revoked beats expired and used up',
      { revokedAt: now, expiresAt: now, maxUses: 1, usesCount: 1 },
      'join_link_revoked',
    ],
    ['expired beats used up', { expiresAt: now, maxUses: 1, usesCount: 1 }, 'join_link_expired'],
    ['nothing to join', { joinable: false }, 'join_link_unavailable'],
    ['used up beats nothing to join', { maxUses: 1, usesCount: 1, joinable: false }, 'join_link_used_up'],
  ])('%s', (_label, facts, state) => {
    expect(joinLinkState({ ...open, ...facts }, now)).toBe(state);
  });
});

test('join codes are 20 Crockford base32 characters and differ', () => {
  const a = randomJoinCode();
  expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  expect(randomJoinCode()).not.toBe(a);
});
