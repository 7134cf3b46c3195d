import { Grid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from '@/features/enrollments';
import { MyPathCard } from '@/features/onboarding';
import { MyGroup } from '@/features/enrollments';
import { MySpendLimits } from '@/features/enrollments';
import { MyRewardRules } from '@/features/enrollments';
import { MyTierProgress } from '@/features/workflows';
import { RouterButton } from '@/ui/router-button';
import { CopyField } from '@/ui/copy-field';
import { CreativesGallery } from '@/features/enrollments';
import { DiscountLine } from '@/features/discounts';
import { LeaderboardCard } from '@/features/leaderboards';
import { ProgramTerms } from '@/features/enrollments';
import { SectionCard } from '@/ui/section-card';
import { TrackingLinksPanel } from '@/features/links';

/**
 * Everything an affiliate needs to promote one program: brief, terms, bounties, codes, links and creatives.
 * The bounties come in from the page: they read the program's groups, so bounties sits above enrollments.
 */
export function ProgramOverview({
  orgId,
  enrollment,
  bounties,
}: {
  orgId: string;
  enrollment: MyEnrollment;
  bounties: ReactNode;
}) {
  const { t } = useTranslation('programs');
  const { program } = enrollment;
  return (
    <Stack gap="lg">
      <MyPathCard orgId={orgId} programId={program.id} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <SectionCard title={t('program.brief')} id="program-brief">
              <Text style={{ whiteSpace: 'pre-line' }}>{program.onboardingBrief ?? t('program.noBrief')}</Text>
              {program.goals && (
                <>
                  <Text fw={600} mt="md">
                    {t('program.goals')}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-line' }}>{program.goals}</Text>
                </>
              )}
            </SectionCard>
            <SectionCard title={t('program.terms')} id="program-terms">
              <Stack gap="md">
                <MyGroup group={enrollment.group} />
                <MyTierProgress orgId={orgId} enrollmentId={enrollment.id} />
                <ProgramTerms terms={program} />
                <MySpendLimits limits={enrollment.group.spendLimits} />
                <MyRewardRules enrollment={enrollment} />
              </Stack>
            </SectionCard>
            {bounties}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <SectionCard title={t('program.codes')} id="program-codes">
              <Stack gap="md">
                {enrollment.discount && enrollment.couponCode ? (
                  <DiscountLine discount={enrollment.discount} code={enrollment.couponCode} />
                ) : null}
                {enrollment.couponCode ? (
                  <CopyField label={t('program.coupon')} value={enrollment.couponCode} hint={t('program.couponHint')} />
                ) : (
                  <Text c="dimmed">{t('program.noCoupon')}</Text>
                )}
                <CopyField label={t('program.refCode')} value={enrollment.refCode} />
              </Stack>
            </SectionCard>
            <SectionCard title={t('program.links')} id="program-links">
              <TrackingLinksPanel enrollment={enrollment} />
              {enrollment.trackingLinks && (
                <RouterButton
                  mt="md"
                  variant="light"
                  to="/affiliate/$orgId/links/new"
                  params={{ orgId }}
                  search={{ programId: program.id }}
                >
                  {t('program.buildLink')}
                </RouterButton>
              )}
            </SectionCard>
            {program.leaderboard && enrollment.status === 'active' ? (
              <LeaderboardCard orgId={orgId} programId={program.id} />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <SectionCard title={t('creatives.title')} id="program-creatives">
        <CreativesGallery orgId={orgId} enrollment={enrollment} />
      </SectionCard>
    </Stack>
  );
}
