import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the conversion explanation; the titles are the page's second-level headings. */
export function ExplanationSection({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" data-testid={testId}>
      <Title order={2} fz="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
