import { z } from 'zod';
import {
  CHOICE_KINDS,
  LABEL_MAX,
  LONG_TEXT_MAX,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QUESTION_KINDS,
  type QuestionKind,
  SHORT_TEXT_MAX,
  URL_MAX,
} from './application-kinds';

export { labelIn, LONG_TEXT_MAX, QUESTION_KINDS, type QuestionKind } from './application-kinds';

/**
 * A program's (or a partner group's) application form: ordered questions an affiliate answers when
 * applying. The definition is checked by `applicationForm`; an application's answers by the schema
 * `answersSchema` builds from the form, so the server accepts exactly what the form asks.
 */
/** A label in English, and in Russian when the advertiser wrote one (else the English one is shown). */
export const localText = z.strictObject({
  en: z.string().trim().min(1).max(LABEL_MAX),
  ru: z.string().trim().max(LABEL_MAX).nullish(),
});
export type LocalText = z.output<typeof localText>;

const key = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, - and _, up to 40')
  .describe('Stable key: answers are stored under it');

export const question = z
  .strictObject({
    id: key,
    kind: z.enum(QUESTION_KINDS),
    label: localText,
    required: z.boolean(),
    options: z
      .array(z.strictObject({ value: key, label: localText }))
      .max(MAX_OPTIONS)
      .optional()
      .describe('The choices of single_choice and multiple_choice (2 or more, unique values); none for the others'),
  })
  .superRefine((q, issues) => {
    const options = q.options ?? [];
    if (CHOICE_KINDS.has(q.kind) && options.length < 2)
      issues.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least 2 options' });
    if (!CHOICE_KINDS.has(q.kind) && options.length > 0)
      issues.addIssue({ code: 'custom', path: ['options'], message: 'only choice questions have options' });
    if (new Set(options.map((o) => o.value)).size !== options.length)
      issues.addIssue({ code: 'custom', path: ['options'], message: 'option values must be unique' });
  });
export type Question = z.output<typeof question>;

export const applicationForm = z
  .array(question)
  .max(MAX_QUESTIONS)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'question ids must be unique' });

/** Reads a stored form; one that no longer parses asks nothing rather than blocking every application. */
export function readForm(stored: unknown): Question[] {
  const parsed = applicationForm.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** An answer as given: text for the text kinds and single choice, the chosen values for multiple choice. */
export type AnswerValue = string | string[];

/** What an enrollment keeps: the answer with the question as it was asked, so later edits of the form never change it. */
export interface StoredAnswer {
  questionId: string;
  kind: QuestionKind;
  label: LocalText;
  value: AnswerValue;
  /** For the choice kinds: the options chosen, with their labels as offered. */
  chosen?: { value: string; label: LocalText }[];
}

function httpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function valueSchema(q: Question): z.ZodType<AnswerValue> {
  const values = (q.options ?? []).map((o) => o.value) as [string, ...string[]];
  switch (q.kind) {
    case 'short_text':
      return z.string().trim().min(1).max(SHORT_TEXT_MAX);
    case 'long_text':
      return z.string().trim().min(1).max(LONG_TEXT_MAX);
    case 'url':
      return z.string().trim().min(1).max(URL_MAX).refine(httpUrl, 'must be an http(s) address');
    case 'single_choice':
      return z.enum(values);
    case 'multiple_choice':
      return z
        .array(z.enum(values))
        .min(1)
        .max(values.length)
        .refine((v) => new Set(v).size === v.length, 'each option once');
  }
}

/** An empty text or an empty selection counts as not answered. */
function blankToAbsent(v: unknown): unknown {
  if (typeof v === 'string' && v.trim() === '') return undefined;
  if (Array.isArray(v) && v.length === 0) return undefined;
  return v;
}

/**
 * The zod schema of one application's answers to `form`: one key per question (optional ones may be
 * left out or blank), no other keys.
 */
export function answersSchema(form: Question[]) {
  const shape: Record<string, z.ZodType<AnswerValue | undefined>> = {};
  for (const q of form) {
    const value = valueSchema(q);
    shape[q.id] = z.preprocess(blankToAbsent, q.required ? value : value.optional()) as z.ZodType<
      AnswerValue | undefined
    >;
  }
  return z.strictObject(shape);
}

export interface AnswerIssue {
  questionId: string;
  problem: string;
}

export type AnswersCheck = { ok: true; answers: StoredAnswer[] } | { ok: false; issues: AnswerIssue[] };

/** Checks answers against the form: the answers to keep in the form's order, or which question is wrong and why. */
export function checkAnswers(form: Question[], raw: Record<string, unknown>): AnswersCheck {
  const parsed = answersSchema(form).safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => {
        const questionId = String(i.path[0] ?? (i.code === 'unrecognized_keys' ? i.keys.join(',') : ''));
        const unanswered = i.path.length > 0 && blankToAbsent(raw[questionId]) === undefined;
        return { questionId, problem: unanswered ? 'required' : i.message };
      }),
    };
  const answers: StoredAnswer[] = [];
  for (const q of form) {
    const value = parsed.data[q.id];
    if (value === undefined) continue;
    const picked = new Set(Array.isArray(value) ? value : [value]);
    const chosen = q.options?.filter((o) => picked.has(o.value));
    answers.push({ questionId: q.id, kind: q.kind, label: q.label, value, ...(chosen ? { chosen } : {}) });
  }
  return { ok: true, answers };
}
