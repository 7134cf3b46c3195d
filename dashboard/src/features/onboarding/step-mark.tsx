import { ThemeIcon } from '@mantine/core';
import type { OnboardingStepState } from './onboarding-steps';

/** The step's number, a tick once done, or a dash when not needed; the words beside it say the same for screen readers. */
export function StepMark({ index, state }: { index: number; state: OnboardingStepState }) {
  const done = state === 'done';
  return (
    <ThemeIcon radius="xl" size={28} color={done ? 'teal.8' : 'gray.6'} variant={done ? 'filled' : 'light'} aria-hidden>
      {done ? '✓' : state === 'not_needed' ? '–' : index + 1}
    </ThemeIcon>
  );
}
