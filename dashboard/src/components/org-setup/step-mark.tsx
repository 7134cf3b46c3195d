import { ThemeIcon } from '@mantine/core';

/** The step's number, or a tick once done; the words beside it say the same for screen readers. */
export function StepMark({ index, done }: { index: number; done: boolean }) {
  return (
    <ThemeIcon radius="xl" size={28} color={done ? 'teal.8' : 'gray.6'} variant={done ? 'filled' : 'light'} aria-hidden>
      {done ? '✓' : index + 1}
    </ThemeIcon>
  );
}
