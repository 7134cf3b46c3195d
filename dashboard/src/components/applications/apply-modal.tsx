import { Modal, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ApplyBody, useApplyWithAnswers, useProgramApplication } from '@/queries/applications';
import { ErrorMessage } from '../error-message';
import { ApplyForm } from './apply-form';

/** Applying to a marketplace program that asks a form or terms: loads them, then sends the answers. */
export function ApplyModal({
  programId,
  programName,
  opened,
  onClose,
  onApplied,
}: {
  programId: string;
  programName: string;
  opened: boolean;
  onClose: () => void;
  onApplied: (status: string) => void;
}) {
  const { t } = useTranslation('applications');
  const asks = useProgramApplication(programId, opened);
  const apply = useApplyWithAnswers();
  const submit = (body: ApplyBody) =>
    apply.mutate(
      { programId, body },
      {
        onSuccess: (result) => {
          onClose();
          onApplied(result.status);
        },
      },
    );
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('apply.title', { name: programName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('apply.cancel') }}
    >
      {asks.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('apply.loading')}>
          <Skeleton height={16} width="60%" />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : asks.isError ? (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('apply.loadFailed')}
          </Text>
          <ErrorMessage error={asks.error} />
        </Stack>
      ) : (
        <ApplyForm
          asks={asks.data}
          submitLabel={t('apply.submit')}
          submitting={apply.isPending}
          error={apply.error}
          onSubmit={submit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
