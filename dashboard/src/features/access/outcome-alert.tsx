import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

type Tone = 'success' | 'warning' | 'error';
const COLORS: Record<Tone, string> = { success: 'green', warning: 'yellow', error: 'red' };

/** The result of an emailed link or a form, announced to screen readers (errors interrupt, the rest wait). */
export function OutcomeAlert({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <Alert
      color={COLORS[tone]}
      variant="light"
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId ?? 'outcome'}
      data-tone={tone}
    >
      {children}
    </Alert>
  );
}
