import { SimpleGrid } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEditionApps, useMyEditions } from './queries/my-editions';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { MyEditionCard } from './my-edition-card';

const route = getRouteApi('/_app/affiliate/$orgId/editions/');

/** The affiliate's branded editions with this advertiser, and the way to make a new one. */
export function MyEditionsPage() {
  const { t } = useTranslation('editions');
  const { orgId } = route.useParams();
  const { advertiser } = route.useRouteContext();
  const editions = useMyEditions(orgId);
  const apps = useEditionApps(orgId);
  const offered = (apps.data?.length ?? 0) > 0;
  const create = (
    <RouterButton
      to="/affiliate/$orgId/editions/new"
      params={{ orgId }}
      leftSection={<IconPlus size={16} aria-hidden />}
    >
      {t('mine.create')}
    </RouterButton>
  );
  return (
    <>
      <PageHeader
        title={t('mine.title')}
        description={t('mine.description', { advertiser: advertiser.name })}
        actions={offered ? create : undefined}
      />
      <QueryState query={editions} skeleton="cards">
        {(items) =>
          items.length === 0 ? (
            <EmptyState
              title={t(offered ? 'mine.emptyTitle' : 'mine.notOfferedTitle')}
              description={t(offered ? 'mine.emptyDescription' : 'mine.notOfferedDescription', {
                advertiser: advertiser.name,
              })}
              action={offered ? create : undefined}
            />
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {items.map((edition) => (
                <MyEditionCard key={edition.id} orgId={orgId} edition={edition} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </>
  );
}
