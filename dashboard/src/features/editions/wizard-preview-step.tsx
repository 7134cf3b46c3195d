import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EditionApp } from './queries/my-editions';
import { editionRewardText } from './edition-reward-text';
import { type EditionLook, EditionPreview } from './edition-preview';

/** The edition as its visitors will see it, and what happens on submission (approval or live at once). */
export function WizardPreviewStep({ app, look }: { app: EditionApp; look: EditionLook }) {
  const { t, i18n } = useTranslation('editions');
  return (
    <Stack gap="md" maw={720}>
      <EditionPreview look={look} />
      <Text size="sm" c="dimmed">
        {t('wizard.preview.hint')}
      </Text>
      <Alert
        variant="light"
        color="blue"
        title={t(app.requiresApproval ? 'wizard.preview.approvalTitle' : 'wizard.preview.liveTitle')}
      >
        <Text size="sm">
          {t(app.requiresApproval ? 'wizard.preview.approval' : 'wizard.preview.live', {
            reward: editionRewardText(app.reward, t, i18n.language),
          })}
        </Text>
      </Alert>
    </Stack>
  );
}
