import { Group, Select, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { DeadLettersTable } from '@/features/system';
import { YesNoFilter } from '@/features/system';
import { useQueueHealth } from '@/features/system';

/** The queue and replay-state filters in the URL (the API's own queue-name rule). */
const deadLettersSearchSchema = z.object({
  queue: z.catch(z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,64}$/))), undefined),
  replayed: z.catch(z.optional(z.enum(['true', 'false'])), undefined),
});

export const Route = createFileRoute('/_app/platform/dead-letters')({
  validateSearch: deadLettersSearchSchema,
  component: DeadLettersPage,
});

function DeadLettersPage() {
  const { t } = useTranslation('platform');
  const search = useSearch({ from: '/_app/platform/dead-letters' });
  const navigate = useNavigate({ from: '/platform/dead-letters' });
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  // The health report names every queue, those without dead letters too.
  const queues = useQueueHealth().data?.deadLetters.map((q) => q.queue) ?? [];
  const options = search.queue && !queues.includes(search.queue) ? [...queues, search.queue] : queues;
  return (
    <>
      <PageHeader title={t('deadLetters.title')} description={t('deadLetters.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('deadLetters.columns.queue')}
            placeholder={t('filters.anyQueue')}
            data={options}
            value={search.queue ?? null}
            onChange={(queue) => setSearch({ queue: queue ?? undefined })}
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <YesNoFilter
            label={t('deadLetters.filters.replayed')}
            value={search.replayed}
            onChange={(replayed) => setSearch({ replayed })}
          />
        </Group>
        <DeadLettersTable filters={search} />
      </Stack>
    </>
  );
}
