import { SimpleGrid, Paper, Text } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../components/router-anchor';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { useMe } from '../../../queries/me';

export const Route = createFileRoute('/_app/affiliate/')({
  component: AffiliateHome,
});

/** The advertisers the affiliate works with; choosing one opens /affiliate/$orgId. */
function AffiliateHome() {
  const { t } = useTranslation('affiliate');
  const { affiliateContexts } = useMe();
  return (
    <>
      <PageHeader
        title={t('home.title')}
        description={
          affiliateContexts.length > 0
            ? t('home.advertiserCount', { count: affiliateContexts.length })
            : t('home.description')
        }
      />
      {affiliateContexts.length === 0 ? (
        <EmptyState title={t('home.emptyTitle')} description={t('home.emptyDescription')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {affiliateContexts.map((context) => (
            <Paper key={context.organizationId} withBorder p="md">
              <RouterAnchor to="/affiliate/$orgId" params={{ orgId: context.organizationId }} fw={600}>
                {context.name}
              </RouterAnchor>
              <Text size="sm" c="dimmed">
                {t('home.open')}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
