import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { ErrorState } from '@/ui/error-state';

type ConfirmActionModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  /** Adds an optional "reason" field, for actions whose API takes one. */
  withReason?: boolean;
  /** What the reason is for, when it is not only kept in the audit log (e.g. the person reads it). */
  reasonHint?: string;
  pending: boolean;
  error: unknown;
  /** The meaning of an API error code this action is known to answer (e.g. conflict), in the UI language. */
  explainError?: (error: ApiError) => string | null;
  onConfirm: (reason: string | undefined) => void;
};

/** Asks before a platform action that cannot be undone from here; shows the API's refusal inside. */
export function ConfirmActionModal(props: ConfirmActionModalProps) {
  const { t } = useTranslation('platform');
  const [reason, setReason] = useState('');
  const explained = props.error instanceof ApiError ? (props.explainError?.(props.error) ?? null) : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onConfirm(reason.trim() || undefined);
  };
  const close = () => {
    setReason('');
    props.onClose();
  };
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('confirm.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" component="div">
            {props.children}
          </Text>
          {props.withReason && (
            <Textarea
              label={t('confirm.reason')}
              description={props.reasonHint ?? t('confirm.reasonHint')}
              maxLength={500}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
          )}
          {explained ? (
            <Alert color="red" variant="light" role="alert">
              {explained}
            </Alert>
          ) : (
            props.error != null && <ErrorState error={props.error} />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('confirm.cancel')}
            </Button>
            <Button type="submit" color={props.color} loading={props.pending} data-autofocus={!props.withReason}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
