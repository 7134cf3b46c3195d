import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';

type PublicCardProps = {
  title: ReactNode;
  /** The tab's title when `title` is not plain text. */
  tabTitle?: string;
  description?: ReactNode;
  children: ReactNode;
};

/**
 * The signed-out pages' card, as on the login page: one h1, a line of context, then the form or outcome. Its
 * title also titles the browser tab.
 */
export function PublicCard({ title, tabTitle, description, children }: PublicCardProps) {
  usePageTitle(tabTitle ?? (typeof title === 'string' ? title : null));
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
