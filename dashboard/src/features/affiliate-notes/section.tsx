import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of the affiliate's profile. */
export function ProfileSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" h="100%" component="section" aria-label={title} data-testid={testId}>
      <Title order={2} fz="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
