import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOnboardingPath } from '@/queries/onboarding';
import { QueryState } from '../query-state';
import { ActivationFunnelView } from './activation-funnel-view';
import { PathEditor } from './path-editor';

/** The program page's Onboarding tab: the path affiliates follow, and how far they got. */
export function OnboardingPanel({ orgId, programId, canEdit }: { orgId: string; programId: string; canEdit: boolean }) {
  const { t } = useTranslation('onboarding');
  const path = useOnboardingPath(orgId, programId);
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="onboarding-path">
        <Title order={2} fz="h4" id="onboarding-path">
          {t('editor.title')}
        </Title>
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
      </Paper>
      <Paper
        withBorder
        radius="md"
        p={{ base: 'md', sm: 'lg' }}
        component="section"
        aria-labelledby="activation-funnel"
      >
        <Title order={2} fz="h4" id="activation-funnel">
          {t('funnel.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('funnel.description')}
        </Text>
        <ActivationFunnelView orgId={orgId} programId={programId} />
      </Paper>
    </Stack>
  );
}
