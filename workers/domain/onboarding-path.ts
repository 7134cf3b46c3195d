/**
 * A program's onboarding path: the ordered steps that lead a new affiliate to a first sale. Built-in steps
 * tick themselves from what the affiliate did; the advertiser's own steps (watch a demo, join a community)
 * are ticked by the affiliate. Pure rules; the services read and store.
 */

/** The steps the platform knows how to tick, in the order of the default path. */
export const BUILT_IN_STEPS = ['brief', 'creatives', 'link', 'click', 'conversion'] as const;
export type BuiltInStep = (typeof BUILT_IN_STEPS)[number];

/** Built-in steps recorded when the affiliate opens them; the others are read from links, clicks and conversions. */
export const VIEWED_STEPS = ['brief', 'creatives'] as const satisfies readonly BuiltInStep[];
export type ViewedStep = (typeof VIEWED_STEPS)[number];

/** At most this many steps of the advertiser's own per program. */
export const MAX_CUSTOM_STEPS = 10;

export interface LocalizedText {
  en: string;
  ru: string | null;
}

export type OnboardingStep =
  | { id: BuiltInStep; kind: BuiltInStep; enabled: boolean }
  | {
      id: string;
      kind: 'custom';
      enabled: boolean;
      title: LocalizedText;
      description: LocalizedText | null;
      /** Where the step's button goes (https); null: the affiliate just ticks it. */
      url: string | null;
    };

export type CustomStep = Extract<OnboardingStep, { kind: 'custom' }>;

export const isBuiltIn = (id: string): id is BuiltInStep => (BUILT_IN_STEPS as readonly string[]).includes(id);
export const isViewed = (id: string): id is ViewedStep => (VIEWED_STEPS as readonly string[]).includes(id);

/** Every program's path until its advertiser writes one: the built-in steps, all on. */
export const DEFAULT_PATH: readonly OnboardingStep[] = BUILT_IN_STEPS.map((kind) => ({
  id: kind,
  kind,
  enabled: true,
}));

/**
 * The path as stored (NULL for programs that never wrote one) made whole: a built-in step missing from a
 * stored path (one added to the platform later) joins at its default place in the order, switched on.
 */
export function resolvePath(stored: readonly OnboardingStep[] | null): OnboardingStep[] {
  if (!stored) return DEFAULT_PATH.map((s) => ({ ...s }));
  const path = stored.map((s) => ({ ...s }));
  BUILT_IN_STEPS.forEach((kind, index) => {
    if (path.some((s) => s.id === kind)) return;
    const before = BUILT_IN_STEPS.slice(0, index).findLast((k) => path.some((s) => s.id === k));
    const at = before ? path.findIndex((s) => s.id === before) + 1 : 0;
    path.splice(at, 0, { id: kind, kind, enabled: true });
  });
  return path;
}

/** Why a path cannot be saved, as field path and message; empty when it can. */
export function pathProblems(path: readonly OnboardingStep[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  path.forEach((step, i) => {
    if (seen.has(step.id)) problems.push({ path: `steps.${i}.id`, message: 'Each step appears once' });
    seen.add(step.id);
    if (step.kind !== 'custom' && step.id !== step.kind)
      problems.push({ path: `steps.${i}.id`, message: 'A built-in step’s id is its kind' });
    if (step.kind === 'custom' && isBuiltIn(step.id))
      problems.push({ path: `steps.${i}.id`, message: 'A step of your own cannot take a built-in step’s id' });
  });
  for (const kind of BUILT_IN_STEPS)
    if (!path.some((s) => s.kind === kind))
      problems.push({ path: 'steps', message: `The built-in step ${kind} may be switched off, not removed` });
  if (path.filter((s) => s.kind === 'custom').length > MAX_CUSTOM_STEPS)
    problems.push({ path: 'steps', message: `At most ${MAX_CUSTOM_STEPS} steps of your own` });
  if (!path.some((s) => s.enabled)) problems.push({ path: 'steps', message: 'Switch at least one step on' });
  return problems;
}

export interface StepProgress {
  step: OnboardingStep;
  reached: boolean;
  /** When the affiliate reached it; null: not yet, or reached at a time no longer known. */
  reachedAt: Date | null;
}

export interface PathProgress {
  steps: StepProgress[];
  done: number;
  total: number;
  /** The first step switched on and not reached yet; null once every step is reached. */
  next: OnboardingStep | null;
}

/**
 * The built-in steps with nothing behind them in a program: no brief or goals to read, no creatives to look at.
 * Such a step is left out of the affiliate's path rather than shown done (or waiting) for nothing.
 */
export function stepsWithNothing(program: {
  brief: string | null;
  goals: string | null;
  creatives: number;
}): ViewedStep[] {
  const absent: ViewedStep[] = [];
  if (!program.brief?.trim() && !program.goals?.trim()) absent.push('brief');
  if (program.creatives === 0) absent.push('creatives');
  return absent;
}

/**
 * The affiliate's place on the path: only the steps switched on count, in the path's order, less the `absent`
 * ones (stepsWithNothing). `reached` maps a step to when it was reached, or to null when it was reached at a
 * time no longer known.
 */
export function pathProgress(
  path: readonly OnboardingStep[],
  reached: ReadonlyMap<string, Date | null>,
  absent: readonly string[] = [],
): PathProgress {
  const steps = path
    .filter((s) => s.enabled && !absent.includes(s.id))
    .map((step) => ({ step, reached: reached.has(step.id), reachedAt: reached.get(step.id) ?? null }));
  return {
    steps,
    done: steps.filter((s) => s.reached).length,
    total: steps.length,
    next: steps.find((s) => !s.reached)?.step ?? null,
  };
}

/** A custom step's text in the reader's language, falling back to English. */
export const localized = (text: LocalizedText, locale: string): string =>
  locale === 'ru' && text.ru?.trim() ? text.ru : text.en;
