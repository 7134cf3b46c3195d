import { Badge, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unreadMessagesQueryOptions } from '@/features/messages';

/**
 * The navigation's count of unread messages: the member's own across the advertiser's inbox, or the affiliate's in
 * its thread with the selected advertiser. Nothing while there are none (or the count cannot be read).
 */
export function UnreadMessagesBadge({ to, params }: { to: string; params: unknown }) {
  const { t } = useTranslation('nav');
  const orgId = (params as { orgId?: string } | undefined)?.orgId ?? '';
  const side = to.startsWith('/orgs/') ? 'advertiser' : 'affiliate';
  const unread = useQuery({ ...unreadMessagesQueryOptions(side, orgId), enabled: orgId !== '' }).data ?? 0;
  if (unread === 0) return null;
  return (
    <>
      <Badge size="sm" color="red.8" circle={unread < 10} aria-hidden data-testid="unread-messages-badge">
        {unread > 99 ? '99+' : unread}
      </Badge>
      <VisuallyHidden>{t('nav.unreadMessages', { count: unread })}</VisuallyHidden>
    </>
  );
}
