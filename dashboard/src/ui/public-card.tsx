import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';

type PublicCardProps = {
  title: ReactNode;
  /** The tab's title when `title` is not plain text. */
  tabTitle?: string;
  description?: ReactNode;
  /** A button on the title's line (the status page's refresh). */
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * The signed-out pages' card, as on the login page: one h1, a line of context, then the form or outcome. Its
 * title also titles the browser tab. The signed-in pages' cards are `SectionCard`s (h2).
 */
export function PublicCard({ title, tabTitle, description, actions, children }: PublicCardProps) {
  usePageTitle(tabTitle ?? (typeof title === 'string' ? title : null));
  const heading = (
    <Stack gap={4}>
      <Title order={1} fz="h2">
        {title}
      </Title>
      {description && <Text c="dimmed">{description}</Text>}
    </Stack>
  );
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md">
      <Stack gap="lg">
        {actions ? (
          <Group justify="space-between" wrap="wrap">
            {heading}
            {actions}
          </Group>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Paper>
  );
}
