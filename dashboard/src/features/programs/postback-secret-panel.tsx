import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Program } from './queries/org-programs';
import { useRotatePostbackSecret } from './queries/org-programs';
import { CopyValue } from '@/ui/copy-value';
import { ConfirmModal } from '@/ui/confirm-modal';
import { SectionCard } from '@/ui/section-card';

/**
 * The S2S postback secret: only its hash is stored, so it can be shown once, right after a rotation; rotating
 * stops the old one at once, hence the confirmation.
 */
export function PostbackSecretPanel({
  orgId,
  program,
  canEdit,
}: {
  orgId: string;
  program: Program;
  canEdit: boolean;
}) {
  const { t } = useTranslation('orgprograms');
  const rotate = useRotatePostbackSecret(orgId, program.id);
  const [confirming, setConfirming] = useState(false);
  const secret = rotate.data?.postbackSecret;
  return (
    <SectionCard title={t('secret.title')} description={t('secret.description')}>
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {program.hasPostbackSecret ? t('secret.isSet') : t('secret.notSet')}
        </Text>
        {secret && (
          <Alert color="yellow" variant="light" title={t('secret.shownOnce')}>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ overflowWrap: 'anywhere' }} data-testid="postback-secret">
                {secret}
              </Code>
              <CopyValue value={secret} label={t('secret.title')} />
            </Group>
          </Alert>
        )}
        {canEdit && program.status !== 'archived' && (
          <Group>
            <Button variant="default" onClick={() => setConfirming(true)}>
              {program.hasPostbackSecret ? t('secret.rotate') : t('secret.create')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('secret.confirmTitle')}
        message={program.hasPostbackSecret ? t('secret.confirmRotate') : t('secret.confirmCreate')}
        confirmLabel={program.hasPostbackSecret ? t('secret.rotate') : t('secret.create')}
        danger={program.hasPostbackSecret}
        pending={rotate.isPending}
        error={rotate.error}
        onConfirm={() => rotate.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
    </SectionCard>
  );
}
