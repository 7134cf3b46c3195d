import { Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';
import { CardHeading } from './card-heading';

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
  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md">
      <Stack gap="lg">
        <CardHeading title={title} order={1} description={description} actions={actions} />
        {children}
      </Stack>
    </Paper>
  );
}
