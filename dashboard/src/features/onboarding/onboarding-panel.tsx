import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnboardingPath } from './queries/onboarding';
import { SectionCard } from '@/ui/section-card';
import { QueryState } from '@/ui/query-state';
import { ActivationFunnelView } from './activation-funnel-view';
import { PathEditor } from './path-editor';

/** The program page's Onboarding tab: the path affiliates follow, and how far they got. */
export function OnboardingPanel({ orgId, programId, canEdit }: { orgId: string; programId: string; canEdit: boolean }) {
  const { t } = useTranslation('onboarding');
  const path = useOnboardingPath(orgId, programId);
  return (
    <Stack gap="lg">
      <SectionCard title={t('editor.title')} id="onboarding-path">
        <Text size="sm" c="dimmed" mb="md">
          {t('editor.description')}
        </Text>
        <QueryState query={path} skeleton="detail">
          {(p) => (
            <PathEditor
              orgId={orgId}
              programId={programId}
              initial={p.steps}
              isDefault={p.isDefault}
              canEdit={canEdit}
            />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title={t('funnel.title')} id="activation-funnel">
        <Text size="sm" c="dimmed" mb="md">
          {t('funnel.description')}
        </Text>
        <ActivationFunnelView orgId={orgId} programId={programId} />
      </SectionCard>
    </Stack>
  );
}
