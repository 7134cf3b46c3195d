import { describe, expect, test } from 'vitest';
import { randomRecruitCode } from './random-codes';
import { mayRecruit, normalizeRecruitCode, recruitDisplayName, recruitStatus } from './recruitment';

describe('normalizeRecruitCode', () => {
  test.each([
    ['an exact code', 'ABCDEFGH23', 'ABCDEFGH23'],
    ['lower case', 'abcdefgh23', 'ABCDEFGH23'],
    ['surrounding spaces', '  ABCDEFGH23 ', 'ABCDEFGH23'],
    ['O read as zero, I and L as one', 'ABCDEFGHOI', 'ABCDEFGH01'],
    ['l (lower L) read as one', 'abcdefghjl', 'ABCDEFGHJ1'],
    ['too short', 'ABCDEFGH2', null],
    ['too long', 'ABCDEFGH234', null],
    ['U is not Crockford', 'ABCDEFGHUU', null],
    ['punctuation', 'ABCD-EFGH2', null],
    ['empty', '', null],
  ])('%s', (_label, raw, expected) => {
    expect(normalizeRecruitCode(raw)).toBe(expected);
  });

  test('generated codes are already normalized', () => {
    for (let i = 0; i < 50; i++) {
      const code = randomRecruitCode();
      expect(normalizeRecruitCode(code)).toBe(code);
    }
  });
});

const base = { emailVerified: true, approvedAffiliate: true, banned: false, blocked: false, deletedAt: null };

describe('recruitStatus', () => {
  test.each([
    ['approved', base, 'approved'],
    ['waiting for approval', { ...base, approvedAffiliate: false }, 'pending_approval'],
    ['email not verified yet', { ...base, emailVerified: false, approvedAffiliate: false }, 'unverified'],
    ['banned', { ...base, banned: true }, 'banned'],
    ['blocked counts as banned', { ...base, blocked: true }, 'banned'],
    ['deleted wins over banned', { ...base, banned: true, deletedAt: new Date() }, 'deleted'],
  ])('%s', (_label, facts, expected) => {
    expect(recruitStatus(facts)).toBe(expected);
  });
});

describe('recruitDisplayName', () => {
  test.each([
    ['first and last', 'Anna', 'smith', 'Anna S.'],
    ['first only', 'Anna', null, 'Anna'],
    ['blank last name', 'Anna', '  ', 'Anna'],
    ['no first name', null, 'Smith', null],
    ['blank first name', ' ', 'Smith', null],
  ])('%s', (_label, first, last, expected) => {
    expect(recruitDisplayName(first, last)).toBe(expected);
  });
});

describe('mayRecruit', () => {
  test.each([
    ['an active account', { banned: false, blocked: false, deletedAt: null }, true],
    ['banned', { banned: true, blocked: false, deletedAt: null }, false],
    ['blocked', { banned: false, blocked: true, deletedAt: null }, false],
    ['deleted', { banned: false, blocked: false, deletedAt: new Date() }, false],
  ])('%s', (_label, user, expected) => {
    expect(mayRecruit(user)).toBe(expected);
  });
});
