import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAffiliateHome } from './queries/affiliate-home';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { QueryState } from '@/ui/query-state';
import { RouterButton } from '@/ui/router-button';
import { AnnouncementsList } from './announcements-list';
import { BestLists } from './best-lists';
import { FirstSteps } from './first-steps';
import { InvitationsCard } from './invitations-card';
import { LatestConversions } from './latest-conversions';
import { MoneyCards } from './money-cards';
import { NextPayoutCard } from './next-payout-card';
import { TiersCard } from '@/features/workflows';
import { ProgramOffers } from '@/features/enrollments';
import { HomePathsCard } from '@/features/onboarding';
import { EditionsHomeCard } from '@/features/editions';

/** The affiliate's home: across every advertiser (no orgId) or one advertiser's context. */
export function HomePage({ orgId }: { orgId?: string }) {
  const { t } = useTranslation('home');
  const query = useAffiliateHome(orgId);
  return (
    <>
      <PageHeader title={t('title')} description={t(orgId ? 'descriptionOne' : 'descriptionAll')} />
      <QueryState query={query}>
        {(home) => {
          const fresh = home.money.length === 0 && home.latestConversions.length === 0 && !home.checklist.firstClick;
          return (
            <Stack gap="md">
              {/* Invitations name other advertisers: the home across all of them is where they are answered. */}
              {!orgId && <InvitationsCard />}
              {fresh && (
                <EmptyState
                  title={t('welcome.title')}
                  description={t(orgId ? 'welcome.descriptionOne' : 'welcome.descriptionAll')}
                  action={
                    orgId ? undefined : (
                      <RouterButton to="/affiliate/marketplace" variant="light">
                        {t('welcome.marketplace')}
                      </RouterButton>
                    )
                  }
                />
              )}
              <FirstSteps checklist={home.checklist} orgId={orgId} />
              {orgId && <HomePathsCard orgId={orgId} />}
              <MoneyCards money={home.money} />
              <Grid gap="md">
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <Stack gap="md">
                    <NextPayoutCard payouts={home.payouts} />
                    {orgId && <TiersCard orgId={orgId} />}
                    <LatestConversions conversions={home.latestConversions} />
                    <AnnouncementsList announcements={home.announcements} />
                  </Stack>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 7 }}>
                  <Stack gap="md">
                    {orgId && <EditionsHomeCard orgId={orgId} />}
                    {orgId && <ProgramOffers orgId={orgId} />}
                    <BestLists home={home} />
                  </Stack>
                </Grid.Col>
              </Grid>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
