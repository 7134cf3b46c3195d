import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { LevelEarningsTable } from './level-earnings-table';
import { RecruitLinkCard } from './recruit-link-card';
import { RecruitsTable } from './recruits-table';

/** Recruit affiliates: the link to share, who came through it, and what their sales earned by level. */
export function RecruitPage() {
  const { t } = useTranslation('recruit');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="lg" maw={1100}>
        <RecruitLinkCard />
        <LevelEarningsTable />
        <RecruitsTable />
      </Stack>
    </>
  );
}
