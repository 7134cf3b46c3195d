import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type SectionProps = {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** An anchor other parts of the page link to. */
  id?: string;
  /** Tables use the page's width; forms and text stay at a readable measure. */
  wide?: boolean;
};

/** One titled card of an account page (h2 under the page's h1). */
export function Section({ title, description, children, testId, id, wide = false }: SectionProps) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" maw={wide ? 1200 : 760} data-testid={testId} id={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} fz="h4">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
