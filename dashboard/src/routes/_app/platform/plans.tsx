import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { PlansEditor } from '@/features/plans';
import { QueryState } from '@/ui/query-state';
import { usePlatformPlans } from '@/features/plans';

export const Route = createFileRoute('/_app/platform/plans')({
  component: PlatformPlansPage,
});

/** The plans advertisers subscribe to: prices, limits, archive. */
function PlatformPlansPage() {
  const { t } = useTranslation('plans');
  const plans = usePlatformPlans();
  return (
    <>
      <PageHeader title={t('editor.title')} description={t('editor.description')} />
      <QueryState query={plans}>{(rows) => <PlansEditor plans={rows} />}</QueryState>
    </>
  );
}
