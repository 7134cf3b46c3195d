import { Alert, Badge, Button, Center, SimpleGrid, Text } from '@mantine/core';
import { createFileRoute, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useApplyBlock } from '@/components/affiliate/apply-block';
import { MarketplaceCard } from '@/components/affiliate/marketplace-card';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { RouterAnchor } from '@/components/router-anchor';
import { useMarketplace } from '@/queries/marketplace';

export const Route = createFileRoute('/_app/affiliate/marketplace')({
  component: MarketplacePage,
});

/**
 * A program's public page links its Apply button here with `?program=<id>`, so the affiliate lands on
 * that one. Read in the page rather than by the route's validateSearch: a route's search schema is part
 * of the route tree the login page loads, and this one put a chunk (0.9 KB) over the login budget.
 */
function useOnlyProgram(): string | undefined {
  const { program } = useSearch({ strict: false }) as { program?: unknown };
  const parsed = z.safeParse(z.uuid(), program);
  return parsed.success ? parsed.data : undefined;
}

/** Programs of every advertiser open to join; global, so it sits outside the advertiser switcher. */
function MarketplacePage() {
  const { t } = useTranslation('programs');
  const onlyProgram = useOnlyProgram();
  const marketplace = useMarketplace(undefined, onlyProgram);
  const block = useApplyBlock();
  return (
    <>
      <PageHeader
        title={t('marketplace.title')}
        description={t('marketplace.description')}
        actions={
          <Badge variant="light" color="gray" size="lg">
            {t('global')}
          </Badge>
        }
      />
      {block && (
        <Alert
          color={block.status === 'rejected' ? 'red' : undefined}
          variant="light"
          mb="lg"
          title={t(block.status === 'rejected' ? 'marketplace.rejectedTitle' : 'marketplace.pendingTitle')}
        >
          <Text size="sm">
            {block.status === 'rejected'
              ? t('marketplace.rejectedText')
              : t('marketplace.pendingText', { count: block.expectedReviewDays })}{' '}
            <RouterAnchor to="/affiliate/welcome" c="inherit" fw={600} underline="always">
              {t('marketplace.statusLink')}
            </RouterAnchor>
          </Text>
        </Alert>
      )}
      <QueryState query={marketplace}>
        {(data) => {
          const programs = data.pages.flatMap((page) => page.items);
          if (programs.length === 0)
            return <EmptyState title={t('marketplace.emptyTitle')} description={t('marketplace.emptyDescription')} />;
          return (
            <>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                {programs.map((program) => (
                  <MarketplaceCard key={program.id} program={program} />
                ))}
              </SimpleGrid>
              {onlyProgram && (
                <Center mt="lg">
                  <RouterAnchor to="/affiliate/marketplace" search={{}}>
                    {t('marketplace.showAll')}
                  </RouterAnchor>
                </Center>
              )}
              {marketplace.hasNextPage && (
                <Center mt="lg">
                  <Button
                    variant="default"
                    onClick={() => void marketplace.fetchNextPage()}
                    loading={marketplace.isFetchingNextPage}
                  >
                    {t('marketplace.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
