import { Paper } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/accounts';
import { PageHeader } from '@/ui/page-header';
import { ThreadView } from './thread-view';

/** The affiliate's conversation with the selected advertiser: one thread, whatever programs it is in. */
export function MyMessagesPage() {
  const { t } = useTranslation('campaigns');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/messages' });
  const me = useMe();
  const name = me.affiliateContexts.find((c) => c.organizationId === orgId)?.name ?? '';
  return (
    <>
      <PageHeader title={t('messages.myTitle')} description={t('messages.myDescription', { name })} />
      <Paper withBorder p="md" radius="md" maw={820}>
        <ThreadView threadRef={{ side: 'affiliate', orgId }} />
      </Paper>
    </>
  );
}
