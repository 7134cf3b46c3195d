import { Group, Select, Stack } from '@mantine/core';
import { createFileRoute, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { PageHeader } from '@/ui/page-header';
import { SearchField } from '@/features/system';
import { UsersTable } from '@/features/system';
import { YesNoFilter } from '@/features/system';

const flag = z.catch(z.optional(z.enum(['true', 'false'])), undefined);

/** The user list's search and filters in the URL. */
const usersSearchSchema = z.object({
  q: z.catch(z.optional(z.string().check(z.maxLength(254))), undefined),
  affiliateStatus: z.catch(z.optional(z.enum(['pending', 'approved', 'rejected'])), undefined),
  banned: flag,
});

export const Route = createFileRoute('/_app/platform/users')({
  validateSearch: usersSearchSchema,
  component: UsersPage,
});

// Hooks take the route id instead of `Route.use…`, so this module stays out of the login page's first load.
function UsersPage() {
  const { t } = useTranslation('platform');
  const search = useSearch({ from: '/_app/platform/users' });
  const navigate = useNavigate({ from: '/platform/users' });
  const setSearch = (next: Partial<typeof search>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchField
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            value={search.q}
            onChange={(q) => setSearch({ q })}
          />
          <Select
            label={t('users.filters.affiliateStatus')}
            placeholder={t('filters.any')}
            data={(['pending', 'approved', 'rejected'] as const).map((value) => ({
              value,
              label: t(`users.statuses.${value}`),
            }))}
            value={search.affiliateStatus ?? null}
            onChange={(next) =>
              setSearch({
                affiliateStatus: next === 'pending' || next === 'approved' || next === 'rejected' ? next : undefined,
              })
            }
            clearable
            w={{ base: '100%', xs: 200 }}
          />
          <YesNoFilter
            label={t('users.filters.banned')}
            value={search.banned}
            onChange={(banned) => setSearch({ banned })}
          />
        </Group>
        <UsersTable filters={search} />
      </Stack>
    </>
  );
}
