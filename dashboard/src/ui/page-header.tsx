import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';
import { MoreActionsMenu } from './more-actions-menu';

type PageHeaderProps = {
  title: ReactNode;
  /** The tab's title when `title` is not plain text (a name with a status badge). */
  tabTitle?: string;
  /** One line: what the page is for. */
  description?: ReactNode;
  /** The primary action (and filters) on the right; they wrap below the title on phones. Never one that stops or removes. */
  actions?: ReactNode;
  /** Secondary actions, as Menu.Item elements, behind a "More" button; pausing and removing go here or lower. */
  moreActions?: ReactNode;
};

/** The one h1 of a page, so every page has the same heading order and spacing; it also titles the browser tab. */
export function PageHeader({ title, tabTitle, description, actions, moreActions }: PageHeaderProps) {
  usePageTitle(tabTitle ?? (typeof title === 'string' ? title : null));
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg" wrap="wrap">
      {/* Takes the room the actions leave, so a two-line purpose wraps beside them instead of pushing them below;
          under 320 px of room (a phone) the actions wrap below the title. */}
      <Stack gap={4} miw={0} style={{ flex: '1 1 320px' }}>
        <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {(actions || moreActions) && (
        <Group gap="sm" wrap="wrap">
          {actions}
          {moreActions && <MoreActionsMenu>{moreActions}</MoreActionsMenu>}
        </Group>
      )}
    </Group>
  );
}
