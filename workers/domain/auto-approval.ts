import { z } from 'zod';
import { COUNTRY_CODES } from '../contracts/iso-codes';
import type { AnswerValue } from './application-form';
import { MAX_AUTO_APPROVAL_RULES } from './application-kinds';

const MAX_VALUES = 50;

const domainName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'a domain such as example.com');

/**
 * A program's auto-approval rules: an application that would wait for the advertiser is approved at
 * once when ANY rule matches (a list of alternatives, not conditions to combine); no rule, or none
 * matching, leaves it pending.
 */
export const autoApprovalRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('everyone') }),
  z.strictObject({
    kind: z.literal('country'),
    countries: z
      .array(z.string().refine((c) => COUNTRY_CODES.has(c), 'an ISO 3166-1 alpha-2 code in upper case'))
      .min(1)
      .max(MAX_VALUES),
  }),
  z.strictObject({ kind: z.literal('email_domain'), domains: z.array(domainName).min(1).max(MAX_VALUES) }),
  z.strictObject({
    kind: z.literal('answer'),
    questionId: z.string().min(1).max(40),
    values: z.array(z.string().trim().min(1).max(200)).min(1).max(MAX_VALUES),
  }),
]);
export type AutoApprovalRule = z.output<typeof autoApprovalRule>;

export const autoApprovalRules = z.array(autoApprovalRule).max(MAX_AUTO_APPROVAL_RULES);

/** Reads stored rules; rules that no longer parse approve nobody (the safe side). */
export function readAutoApprovalRules(stored: unknown): AutoApprovalRule[] {
  const parsed = autoApprovalRules.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

export interface Applicant {
  /** The country of the request that applied (Cloudflare's geo), null when unknown. */
  country: string | null;
  /** null: unknown, which no email-domain rule matches. */
  email: string | null;
  answers: Record<string, AnswerValue>;
}

function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function matches(rule: AutoApprovalRule, who: Applicant): boolean {
  switch (rule.kind) {
    case 'everyone':
      return true;
    case 'country':
      return who.country !== null && rule.countries.includes(who.country.toUpperCase());
    case 'email_domain':
      // Exactly the domain: a rule for example.com does not approve mail.example.com, nor example.com.evil.
      return who.email !== null && rule.domains.includes(emailDomain(who.email));
    case 'answer': {
      const answer = who.answers[rule.questionId];
      if (answer === undefined) return false;
      const given = Array.isArray(answer) ? answer : [answer];
      return given.some((g) => rule.values.some((v) => same(g, v)));
    }
  }
}

/** The first rule that approves this applicant, with its place in the list, or null when none does. */
export function matchAutoApproval(
  rules: AutoApprovalRule[],
  who: Applicant,
): { index: number; rule: AutoApprovalRule } | null {
  const index = rules.findIndex((rule) => matches(rule, who));
  return index === -1 ? null : { index, rule: rules[index]! };
}
