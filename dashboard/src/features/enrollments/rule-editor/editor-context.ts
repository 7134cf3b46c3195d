import type { RuleErrors } from './use-reward-rules';

/** What every part of the editor reads: the program's currency, the advertiser's apps and the errors by path. */
export type EditorContext = {
  currency: string;
  apps: { id: string; name: string }[];
  errors: RuleErrors;
};

/** The error key at a path, for t(`errors.${key}`). */
export const errorAt = (ctx: EditorContext, path: string) => ctx.errors[path];

/** Whether any error lies at or under a path (a rule, a group). */
export const hasErrorUnder = (ctx: EditorContext, path: string) =>
  Object.keys(ctx.errors).some((key) => key === path || key.startsWith(`${path}.`));
