import { Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEnrollment } from '@/queries/my-programs';
import { MyProgramBounties } from '../bounties/my-program-bounties';
import { MyPathCard } from '../onboarding/my-path-card';
import { MyGroup } from '../program-groups/my-group';
import { MySpendLimits } from '../program-groups/my-spend-limits';
import { MyRewardRules } from '../program-groups/rule-editor/my-reward-rules';
import { MyTierProgress } from '../program-workflows/my-tier-progress';
import { RouterButton } from '../router-button';
import { CopyField } from './copy-field';
import { CreativesGallery } from './creatives-gallery';
import { DiscountLine } from './discount-line';
import { LeaderboardCard } from './leaderboard-card';
import { ProgramTerms } from './program-terms';
import { SectionCard } from './section-card';
import { TrackingLinksPanel } from './tracking-links-panel';

/** Everything an affiliate needs to promote one program: brief, terms, bounties, codes, links and creatives. */
export function ProgramOverview({ orgId, enrollment }: { orgId: string; enrollment: MyEnrollment }) {
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
            <MyProgramBounties orgId={orgId} programId={program.id} />
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
