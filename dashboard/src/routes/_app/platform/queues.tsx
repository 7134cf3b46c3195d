import { Button } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { QueueHealthView } from '@/features/system';
import { QueryState } from '@/ui/query-state';
import { useQueueHealth } from '@/features/system';

export const Route = createFileRoute('/_app/platform/queues')({
  component: QueuesPage,
});

/** Backlog and failure counts of the queues, as the database and the click spool hold them now. */
function QueuesPage() {
  const { t } = useTranslation('platform');
  const health = useQueueHealth();
  return (
    <>
      <PageHeader
        title={t('queues.title')}
        description={t('queues.description')}
        actions={
          <Button variant="default" onClick={() => void health.refetch()} loading={health.isFetching}>
            {t('queues.refresh')}
          </Button>
        }
      />
      <QueryState query={health}>{(data) => <QueueHealthView health={data} />}</QueryState>
    </>
  );
}
