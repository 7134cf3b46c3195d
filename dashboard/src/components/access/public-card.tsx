import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type PublicCardProps = { title: ReactNode; description?: ReactNode; children: ReactNode };

/** The signed-out pages' card, as on the login page: one h1, a line of context, then the form or outcome. */
export function PublicCard({ title, description, children }: PublicCardProps) {
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {title}
          </Title>
          {description && <Text c="dimmed">{description}</Text>}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
