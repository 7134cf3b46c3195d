import { describe, expect, it } from 'vitest';
import { mayUnlink, planIdentitySignIn } from './identity-link';

const owner = (emailVerified: boolean) => ({ id: 'u1', emailVerified });

describe('planIdentitySignIn', () => {
  it.each([
    ['the identity is known', { identityUserId: 'u9', emailOwner: owner(true) }, { kind: 'known', userId: 'u9' }],
    ['verified on both sides links', { emailOwner: owner(true) }, { kind: 'link', userId: 'u1' }],
    [
      'an unverified provider email never links',
      { emailOwner: owner(true), providerEmailVerified: false },
      { kind: 'refuse', reason: 'email_unverified' },
    ],
    [
      'an unconfirmed account is not joined',
      { emailOwner: owner(false) },
      { kind: 'refuse', reason: 'account_unconfirmed' },
    ],
    ['no account, from the sign-up page', { mayCreate: true }, { kind: 'create' }],
    ['no account, from the login page', {}, { kind: 'refuse', reason: 'no_account' }],
  ])('%s', (_, facts, plan) => {
    expect(
      planIdentitySignIn({
        identityUserId: null,
        emailOwner: null,
        providerEmailVerified: true,
        mayCreate: false,
        ...facts,
      }),
    ).toEqual(plan);
  });
});

describe('mayUnlink', () => {
  it.each([
    [true, 1, true],
    [false, 2, true],
    [false, 1, false],
  ])('password %s, %i identities → %s', (hasPassword, identityCount, allowed) => {
    expect(mayUnlink({ hasPassword, identityCount })).toBe(allowed);
  });
});
