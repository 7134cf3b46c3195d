import { describe, expect, test } from 'vitest';
import {
  type Applicant,
  type AutoApprovalRule,
  autoApprovalRules,
  matchAutoApproval,
  readAutoApprovalRules,
} from './auto-approval';

const who = (over: Partial<Applicant> = {}): Applicant => ({
  country: 'DE',
  email: 'ann@Partners.Example.com',
  answers: { channel: 'blog', regions: ['eu', 'us'], site: 'https://a.example/' },
  ...over,
});

describe('matchAutoApproval', () => {
  test.each<{ label: string; rules: AutoApprovalRule[]; applicant?: Partial<Applicant>; index: number | null }>([
    { label: 'no rules approve nobody', rules: [], index: null },
    { label: 'everyone', rules: [{ kind: 'everyone' }], index: 0 },
    { label: 'the applicant’s country', rules: [{ kind: 'country', countries: ['AT', 'DE'] }], index: 0 },
    { label: 'another country', rules: [{ kind: 'country', countries: ['FR'] }], index: null },
    {
      label: 'an unknown country',
      rules: [{ kind: 'country', countries: ['DE'] }],
      applicant: { country: null },
      index: null,
    },
    {
      label: 'the email domain, whatever its case',
      rules: [{ kind: 'email_domain', domains: ['partners.example.com'] }],
      index: 0,
    },
    {
      label: 'a parent domain is not the domain',
      rules: [{ kind: 'email_domain', domains: ['example.com'] }],
      index: null,
    },
    {
      label: 'a look-alike domain',
      rules: [{ kind: 'email_domain', domains: ['example.com'] }],
      applicant: { email: 'x@example.com.evil' },
      index: null,
    },
    { label: 'a single choice answer', rules: [{ kind: 'answer', questionId: 'channel', values: ['blog'] }], index: 0 },
    {
      label: 'a text answer without regard to case',
      rules: [{ kind: 'answer', questionId: 'site', values: ['HTTPS://A.EXAMPLE/'] }],
      index: 0,
    },
    {
      label: 'one of several chosen values',
      rules: [{ kind: 'answer', questionId: 'regions', values: ['us'] }],
      index: 0,
    },
    { label: 'an answer not given', rules: [{ kind: 'answer', questionId: 'regions', values: ['asia'] }], index: null },
    { label: 'a question not answered', rules: [{ kind: 'answer', questionId: 'age', values: ['30'] }], index: null },
    {
      label: 'any rule is enough: the first that matches is named',
      rules: [
        { kind: 'country', countries: ['FR'] },
        { kind: 'email_domain', domains: ['partners.example.com'] },
        { kind: 'everyone' },
      ],
      index: 1,
    },
  ])('$label', ({ rules, applicant, index }) => {
    const match = matchAutoApproval(rules, who(applicant));
    expect(match?.index ?? null).toBe(index);
    if (index !== null) expect(match?.rule).toEqual(rules[index]);
  });
});

describe('autoApprovalRules (the definition)', () => {
  test.each([
    { label: 'each kind', rules: [{ kind: 'everyone' }, { kind: 'country', countries: ['DE'] }], ok: true },
    { label: 'a lower-case country', rules: [{ kind: 'country', countries: ['de'] }], ok: false },
    { label: 'an unknown country', rules: [{ kind: 'country', countries: ['ZZ'] }], ok: false },
    { label: 'no countries', rules: [{ kind: 'country', countries: [] }], ok: false },
    { label: 'a domain with @', rules: [{ kind: 'email_domain', domains: ['@example.com'] }], ok: false },
    { label: 'an answer rule without values', rules: [{ kind: 'answer', questionId: 'a', values: [] }], ok: false },
    { label: 'an unknown kind', rules: [{ kind: 'vip' }], ok: false },
    { label: '21 rules', rules: Array.from({ length: 21 }, () => ({ kind: 'everyone' })), ok: false },
  ])('$label', ({ rules, ok }) => expect(autoApprovalRules.safeParse(rules).success).toBe(ok));

  test('domains are kept in lower case; stored rules that no longer parse approve nobody', () => {
    expect(autoApprovalRules.parse([{ kind: 'email_domain', domains: ['Example.COM'] }])).toEqual([
      { kind: 'email_domain', domains: ['example.com'] },
    ]);
    expect(readAutoApprovalRules([{ kind: 'vip' }])).toEqual([]);
  });
});
