import { Alert, Badge, Button, Collapse, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@/lib/api/api-error';
import { formatDateTime } from '@/lib/format';
import {
  type IssuedWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhookEndpoint,
  type WebhookEndpoint,
  type WebhookOwner,
} from './queries/webhooks';
import { AttemptsTable } from './attempts-table';
import { errorKey, eventLabel } from './event-label';
import { DeliveryFailure } from '@/ui/delivery-failure';

type EndpointCardProps = {
  owner: WebhookOwner;
  endpoint: WebhookEndpoint;
  /** false for read-only viewers: no action is rendered. */
  canManage: boolean;
  onRotated: (issued: IssuedWebhookEndpoint) => void;
};

/** One endpoint: where it points, what it receives, its state, its actions and its delivery log. */
export function EndpointCard({ owner, endpoint, canManage, onRotated }: EndpointCardProps) {
  const { t, i18n } = useTranslation('webhooks');
  const [logOpen, log] = useDisclosure(false);
  const [deleting, confirmDelete] = useDisclosure(false);
  const [rotating, confirmRotate] = useDisclosure(false);
  const sendTest = useSendTestWebhook(owner);
  const update = useUpdateWebhookEndpoint(owner);
  const rotate = useRotateWebhookSecret(owner);
  const remove = useDeleteWebhookEndpoint(owner);
  const autoDisabled = !endpoint.active && endpoint.disabledAt !== null;
  const state = endpoint.active ? 'active' : autoDisabled ? 'disabled' : 'paused';
  const failure = [sendTest, update, rotate, remove].find((m) => m.isError)?.error as ApiError | undefined;
  const test = sendTest.data;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={endpoint.url}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Text fw={600} ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
            </Text>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
          </Stack>
          <Badge
            variant="light"
            color={state === 'active' ? 'teal' : state === 'disabled' ? 'red' : 'gray'}
            styles={{ label: { overflow: 'visible' } }}
          >
            {t(`state.${state}`)}
          </Badge>
        </Group>
        <Group gap={6} wrap="wrap" aria-label={t('card.events')}>
          {endpoint.events.map((event) => (
            <Badge key={event} variant="outline" color="gray" size="sm" tt="none">
              {eventLabel(t, event)}
            </Badge>
          ))}
        </Group>
        {autoDisabled && (
          <Alert color="red" variant="light" title={t('card.disabledTitle')}>
            {t('card.disabledBody', {
              at: formatDateTime(endpoint.disabledAt ?? '', i18n.language),
              reason: endpoint.disabledReason ?? '',
            })}
          </Alert>
        )}
        {endpoint.previousSecretExpiresAt && Date.parse(endpoint.previousSecretExpiresAt) > Date.now() && (
          <Text size="sm" c="dimmed">
            {t('card.overlap', { until: formatDateTime(endpoint.previousSecretExpiresAt, i18n.language) })}
          </Text>
        )}
        {test && (
          <Alert
            color={test.outcome === 'success' ? 'teal' : 'red'}
            variant="light"
            role="status"
            title={t(test.outcome === 'success' ? 'card.testOk' : 'card.testFailed')}
          >
            {test.outcome === 'success' ? (
              t('card.testAnswer', { status: test.statusCode ?? '—', ms: test.durationMs ?? 0 })
            ) : (
              <DeliveryFailure statusCode={test.statusCode} error={test.error} />
            )}
          </Alert>
        )}
        {failure && (
          <Text c="red" size="sm" role="alert">
            {t(errorKey(failure.code))}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {canManage && (
            <>
              <Button
                size="xs"
                variant="light"
                loading={sendTest.isPending}
                onClick={() => sendTest.mutate(endpoint.id)}
              >
                {t('card.sendTest')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={update.isPending}
                onClick={() => update.mutate({ endpointId: endpoint.id, body: { active: !endpoint.active } })}
              >
                {t(endpoint.active ? 'card.pause' : 'card.enable')}
              </Button>
              <Button size="xs" variant="default" onClick={confirmRotate.open}>
                {t('card.rotate')}
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={confirmDelete.open}>
                {t('card.delete')}
              </Button>
            </>
          )}
          <Button size="xs" variant="default" onClick={log.toggle} aria-expanded={logOpen}>
            {t(logOpen ? 'card.hideLog' : 'card.showLog')}
          </Button>
        </Group>
        <Collapse expanded={logOpen}>{logOpen && <AttemptsTable owner={owner} endpointId={endpoint.id} />}</Collapse>
      </Stack>
      <Modal
        opened={rotating}
        onClose={confirmRotate.close}
        title={t('rotate.title')}
        centered
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
      >
        <Stack gap="md">
          <Text>{t('rotate.body')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirmRotate.close}>
              {t('form.cancel')}
            </Button>
            <Button
              loading={rotate.isPending}
              onClick={() =>
                rotate.mutate(endpoint.id, {
                  onSuccess: (issued) => {
                    confirmRotate.close();
                    onRotated(issued);
                  },
                })
              }
            >
              {t('rotate.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={deleting}
        onClose={confirmDelete.close}
        title={t('delete.title')}
        centered
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
      >
        <Stack gap="md">
          <Text style={{ wordBreak: 'break-all' }}>{t('delete.body', { url: endpoint.url })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirmDelete.close}>
              {t('form.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(endpoint.id, { onSuccess: confirmDelete.close })}
            >
              {t('delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
