import { Stack } from '@mantine/core';
import { createFileRoute, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MyBountyCard } from '@/components/bounties/my-bounty-card';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { useMyBounties } from '@/queries/bounties';

/** The bounties of this advertiser open to the affiliate, with its progress, the submit form and its history. */
export const Route = createFileRoute('/_app/affiliate/$orgId/bounties')({ component: MyBountiesPage });

function MyBountiesPage() {
  const { t } = useTranslation('bounties');
  const { orgId } = useParams({ from: '/_app/affiliate/$orgId/bounties' });
  const bounties = useMyBounties(orgId);
  return (
    <>
      <PageHeader title={t('mine.title')} description={t('mine.description')} />
      <QueryState query={bounties} skeleton="cards">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('mine.empty')} description={t('mine.emptyHint')} />
          ) : (
            <Stack gap="sm" maw={960} data-testid="my-bounty-list">
              {items.map((b) => (
                <MyBountyCard key={b.id} orgId={orgId} bounty={b} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
