import { Alert, Badge, Button, Center, SimpleGrid, Text } from '@mantine/core';
import { createFileRoute, useSearch } from '@tanstack/react-router';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useApplyBlock } from '@/features/enrollments';
import { MarketplaceCard } from '@/features/enrollments';
import { MarketplaceFilters } from '@/features/enrollments';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterAnchor } from '@/ui/router-anchor';
import { type MarketplaceFilterValues as Filters, useMarketplace } from '@/features/enrollments';

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
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<Filters>({});
  const chosen = { ...filters, ...(q ? { q } : {}) };
  const filtered = Object.keys(chosen).length > 0;
  const marketplace = useMarketplace(undefined, onlyProgram, chosen);
  // The apps of the programs seen so far: the app filter offers those (an app's id means nothing to a reader).
  const apps = useMemo(() => {
    const seen = new Map<string, string>();
    for (const page of marketplace.data?.pages ?? []) for (const p of page.items) seen.set(p.appId, p.appName);
    if (filters.appId && !seen.has(filters.appId)) seen.set(filters.appId, filters.appId);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [marketplace.data, filters.appId]);
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
      {!onlyProgram && (
        <MarketplaceFilters search={search} onSearch={setSearch} value={filters} onChange={setFilters} apps={apps} />
      )}
      <QueryState query={marketplace}>
        {(data) => {
          const programs = data.pages.flatMap((page) => page.items);
          if (programs.length === 0)
            return filtered ? (
              <EmptyState title={t('marketplace.noMatchTitle')} description={t('marketplace.noMatchDescription')} />
            ) : (
              <EmptyState title={t('marketplace.emptyTitle')} description={t('marketplace.emptyDescription')} />
            );
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
