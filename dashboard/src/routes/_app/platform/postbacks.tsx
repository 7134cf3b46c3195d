import { Group, Select, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { PlatformDeliveriesTable } from '@/features/system';
import { DELIVERY_SORTS } from '@contracts/list-sort';
import { DeliverySortSelect } from '@/ui/sort-select';

const STATUSES = ['pending', 'retrying', 'success', 'failed'] as const;
const EVENTS = ['click', 'lead', 'sale', 'rejected'] as const;

/** The delivery log's filters in the URL. */
const postbacksSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(STATUSES)), undefined),
  eventType: z.catch(z.optional(z.enum(EVENTS)), undefined),
  sort: z.catch(z.optional(z.enum(DELIVERY_SORTS)), undefined),
});

export const Route = createFileRoute('/_app/platform/postbacks')({
  validateSearch: postbacksSearchSchema,
  component: PostbacksPage,
});

function PostbacksPage() {
  const { t } = useTranslation('platform');
  const search = useSearch({ from: '/_app/platform/postbacks' });
  const navigate = useNavigate({ from: '/platform/postbacks' });
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader title={t('postbacks.title')} description={t('postbacks.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('postbacks.columns.status')}
            placeholder={t('filters.any')}
            data={STATUSES.map((status) => ({ value: status, label: t(`postbacks.status.${status}`) }))}
            value={search.status ?? null}
            onChange={(status) => setSearch({ status: STATUSES.find((s) => s === status) })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('postbacks.columns.event')}
            placeholder={t('filters.any')}
            data={EVENTS.map((event) => ({ value: event, label: t(`postbacks.events.${event}`) }))}
            value={search.eventType ?? null}
            onChange={(eventType) => setSearch({ eventType: EVENTS.find((e) => e === eventType) })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
          <DeliverySortSelect value={search.sort} onChange={(sort) => setSearch({ sort })} />
        </Group>
        <PlatformDeliveriesTable filters={search} />
      </Stack>
    </>
  );
}
