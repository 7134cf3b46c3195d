import { Button, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page's secondary actions behind one "More actions" button (Menu.Item children): pausing, archiving and
 * removing live here, so the page's only filled button is the action that moves things forward.
 */
export function MoreActionsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDots size={16} aria-hidden />} data-testid="page-more-actions">
          {t('pageHeader.more')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
