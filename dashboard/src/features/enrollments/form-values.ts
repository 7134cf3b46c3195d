import type { QuestionKind } from '@domain/application-kinds';
import type { ApplicationQuestion } from './queries/applications';

/** The next free key with this prefix ("q3" after q1, q2): advertisers write labels, never keys. */
export function nextKey(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function newQuestion(kind: QuestionKind, taken: readonly string[]): ApplicationQuestion {
  const choice = kind === 'single_choice' || kind === 'multiple_choice';
  return {
    id: nextKey('q', taken),
    kind,
    label: { en: '', ru: null },
    required: true,
    ...(choice
      ? {
          options: [
            { value: 'o1', label: { en: '', ru: null } },
            { value: 'o2', label: { en: '', ru: null } },
          ],
        }
      : {}),
  };
}

/** A question of another kind keeps its label; options come (two empty ones) or go with the kind. */
export function changeKind(q: ApplicationQuestion, kind: QuestionKind): ApplicationQuestion {
  const choice = kind === 'single_choice' || kind === 'multiple_choice';
  const { options, ...rest } = q;
  if (!choice) return { ...rest, kind };
  return { ...rest, kind, options: options?.length ? options : (newQuestion(kind, []).options ?? []) };
}

/** Moves the item at `from` by `by` places (-1 up, +1 down), within bounds. */
export function move<T>(items: readonly T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Empty Russian labels are sent as null: readers of Russian then see the English one. */
export function cleanQuestions(questions: readonly ApplicationQuestion[]): ApplicationQuestion[] {
  const clean = (l: { en: string; ru?: string | null }) => ({ en: l.en.trim(), ru: l.ru?.trim() ? l.ru.trim() : null });
  return questions.map((q) => ({
    ...q,
    label: clean(q.label),
    ...(q.options ? { options: q.options.map((o) => ({ ...o, label: clean(o.label) })) } : {}),
  }));
}
