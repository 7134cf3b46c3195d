import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { PlatformSettingsForm } from '@/components/platform/platform-settings-form';
import { QueryState } from '@/components/query-state';
import { usePlatformSettings } from '@/queries/platform-settings';

export const Route = createFileRoute('/_app/platform/settings')({
  component: PlatformSettingsPage,
});

/** Settings of the whole installation: how new affiliates are approved. */
function PlatformSettingsPage() {
  const { t } = useTranslation('platform');
  const settings = usePlatformSettings();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <QueryState query={settings}>
        {(data) => <PlatformSettingsForm key={data.updatedAt ?? 'defaults'} settings={data} />}
      </QueryState>
    </>
  );
}
