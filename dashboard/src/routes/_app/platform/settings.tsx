import { Stack } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/page-header';
import { Form1099Thresholds } from '@/features/system';
import { PlatformRailFees } from '@/features/rail-fees';
import { PlatformSettingsForm } from '@/features/platform-settings';
import { QueryState } from '@/ui/query-state';
import { useForm1099Thresholds } from '@/features/tax';
import { usePlatformSettings } from '@/features/platform-settings';

export const Route = createFileRoute('/_app/platform/settings')({
  component: PlatformSettingsPage,
});

/**
 * Settings of the whole installation: how new affiliates are approved, the default fee of each payout rail,
 * and the 1099-NEC threshold of each year.
 */
function PlatformSettingsPage() {
  const { t } = useTranslation('platform');
  const settings = usePlatformSettings();
  const thresholds = useForm1099Thresholds();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <QueryState query={settings}>
        {(data) => (
          <Stack gap="lg">
            <PlatformSettingsForm key={data.updatedAt ?? 'defaults'} settings={data} />
            <PlatformRailFees settings={data} />
          </Stack>
        )}
      </QueryState>
      <Stack mt="lg">
        <QueryState query={thresholds}>{(list) => <Form1099Thresholds list={list} />}</QueryState>
      </Stack>
    </>
  );
}
