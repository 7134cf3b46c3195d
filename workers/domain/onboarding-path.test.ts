import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PATH,
  type OnboardingStep,
  pathProblems,
  pathProgress,
  resolvePath,
  stepsWithNothing,
} from './onboarding-path';

const custom = (id: string, enabled = true): OnboardingStep => ({
  id,
  kind: 'custom',
  enabled,
  title: { en: 'Watch the demo', ru: null },
  description: null,
  url: 'https://demo.example/',
});
const built = (kind: 'brief' | 'creatives' | 'link' | 'click' | 'conversion', enabled = true): OnboardingStep => ({
  id: kind,
  kind,
  enabled,
});

describe('resolvePath', () => {
  test('a program that never wrote one gets the built-in steps in order, all on', () => {
    expect(resolvePath(null).map((s) => `${s.id}:${s.enabled}`)).toEqual([
      'brief:true',
      'creatives:true',
      'link:true',
      'click:true',
      'conversion:true',
    ]);
  });
  test('a built-in step missing from a stored path joins after the one before it in the default order', () => {
    const stored = [built('link'), custom('demo'), built('brief', false), built('conversion')];
    expect(resolvePath(stored).map((s) => s.id)).toEqual(['link', 'click', 'demo', 'brief', 'creatives', 'conversion']);
    expect(resolvePath([custom('demo')]).map((s) => s.id)).toEqual([
      'brief',
      'creatives',
      'link',
      'click',
      'conversion',
      'demo',
    ]);
  });
});

describe('pathProblems', () => {
  test.each<{ label: string; path: OnboardingStep[]; problems: string[] }>([
    { label: 'the default path', path: [...DEFAULT_PATH], problems: [] },
    { label: 'reordered, with a step of their own', path: [custom('demo'), ...DEFAULT_PATH].reverse(), problems: [] },
    {
      label: 'a built-in step removed',
      path: DEFAULT_PATH.filter((s) => s.id !== 'click'),
      problems: ['steps: The built-in step click may be switched off, not removed'],
    },
    {
      label: 'a step twice',
      path: [...DEFAULT_PATH, custom('demo'), custom('demo')],
      problems: ['steps.6.id: Each step appears once'],
    },
    {
      label: 'a custom step named like a built-in one',
      path: [...DEFAULT_PATH.filter((s) => s.id !== 'link'), custom('link')],
      problems: [
        'steps.4.id: A step of your own cannot take a built-in step’s id',
        'steps: The built-in step link may be switched off, not removed',
      ],
    },
    {
      label: 'every step off',
      path: DEFAULT_PATH.map((s) => ({ ...s, enabled: false })),
      problems: ['steps: Switch at least one step on'],
    },
    {
      label: 'eleven steps of their own',
      path: [...DEFAULT_PATH, ...Array.from({ length: 11 }, (_, i) => custom(`c${i}`))],
      problems: ['steps: At most 10 steps of your own'],
    },
  ])('$label', ({ path, problems }) => {
    expect(pathProblems(path).map((p) => `${p.path}: ${p.message}`)).toEqual(problems);
  });
});

describe('pathProgress', () => {
  test('counts the steps switched on, in order, and names the first one not reached', () => {
    const path = [built('brief'), built('creatives', false), custom('demo'), built('link'), built('click')];
    const at = new Date('2026-03-01T00:00:00Z');
    const progress = pathProgress(
      path,
      new Map([
        ['brief', at],
        ['creatives', at],
        ['link', at],
      ]),
    );
    expect(progress.total).toBe(4);
    expect(progress.done).toBe(2);
    expect(progress.next?.id).toBe('demo');
    expect(progress.steps.map((s) => s.step.id)).toEqual(['brief', 'demo', 'link', 'click']);
    // Reached at a time no longer known (its clicks aged out) is still reached.
    const aged = pathProgress(path, new Map<string, Date | null>([['click', null]]));
    expect(aged.steps[3]).toMatchObject({ reached: true, reachedAt: null });
    expect(aged.done).toBe(1);
    expect(pathProgress(path, new Map(['brief', 'demo', 'link', 'click'].map((id) => [id, at]))).next).toBeNull();
  });

  test('leaves out a step with nothing behind it: no brief to read is not "done", no creatives not "next"', () => {
    const path = [built('brief'), built('creatives'), built('link')];
    const at = new Date('2026-03-01T00:00:00Z');
    const none = stepsWithNothing({ brief: null, goals: '  ', creatives: 0 });
    expect(none).toEqual(['brief', 'creatives']);
    const progress = pathProgress(path, new Map([['brief', at]]), none);
    expect(progress.steps.map((s) => s.step.id)).toEqual(['link']);
    expect(progress).toMatchObject({ done: 0, total: 1 });
    expect(progress.next?.id).toBe('link');
    expect(stepsWithNothing({ brief: null, goals: 'Sell to teams', creatives: 2 })).toEqual([]);
    expect(stepsWithNothing({ brief: 'Read me', goals: null, creatives: 0 })).toEqual(['creatives']);
  });
});
