/**
 * The parts of application forms and auto-approval rules the dashboard shares with the server, without
 * zod (the browser bundle does not carry it): the kinds, the limits and the label fallback.
 */
export const QUESTION_KINDS = ['short_text', 'long_text', 'url', 'single_choice', 'multiple_choice'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: ReadonlySet<QuestionKind> = new Set(['single_choice', 'multiple_choice']);

export const AUTO_APPROVAL_KINDS = ['everyone', 'country', 'email_domain', 'answer'] as const;
export type AutoApprovalKind = (typeof AUTO_APPROVAL_KINDS)[number];

export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 20;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 2000;
export const URL_MAX = 500;
export const LABEL_MAX = 300;
export const TERMS_MAX = 20_000;
export const MAX_AUTO_APPROVAL_RULES = 20;

/** A label in English, and in Russian when the advertiser wrote one. */
export interface LocalLabel {
  en: string;
  ru?: string | null | undefined;
}

/** The label in the reader's language, falling back to English when no Russian one was written. */
export function labelIn(text: LocalLabel, locale: string): string {
  return (locale.startsWith('ru') && text.ru) || text.en;
}
