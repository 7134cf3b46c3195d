import { ActionIcon, type ActionIconProps, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { unreadCountQueryOptions } from '@/features/notifications';

const ActionIconAnchor = forwardRef<HTMLAnchorElement, ActionIconProps>((props, ref) => (
  <ActionIcon ref={ref} component="a" {...props} />
));
const RouterActionIcon = createLink(ActionIconAnchor);

/** The header's way to the inbox; the badge counts unread notifications and the link's name says how many. */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  const unread = useQuery(unreadCountQueryOptions).data ?? 0;
  return (
    <Indicator
      label={unread > 99 ? '99+' : formatNumber(unread, i18n.language)}
      disabled={unread === 0}
      size={18}
      color="red.8"
      offset={4}
      data-testid="unread-badge"
      data-count={unread}
    >
      <RouterActionIcon
        to="/account/notifications"
        variant="subtle"
        color="gray.8"
        size="lg"
        aria-label={unread > 0 ? t('shell.notifications', { count: unread }) : t('shell.notificationsNone')}
      >
        <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </RouterActionIcon>
    </Indicator>
  );
}
