import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { WebhookEvent } from '@schema/enums';
import type { ApiError } from '@/lib/api/api-error';
import {
  type IssuedWebhookEndpoint,
  useCreateWebhookEndpoint,
  type WebhookEventName,
  type WebhookOwner,
} from './queries/webhooks';
import { errorKey, eventLabel } from './event-label';

type FormValues = { url: string; description: string; events: string[] };

type EndpointFormModalProps = {
  owner: WebhookOwner;
  opened: boolean;
  onClose: () => void;
  onCreated: (issued: IssuedWebhookEndpoint) => void;
};

/** Adds an endpoint: its https URL, a note, and the events it receives (all of them to start with). */
export function EndpointFormModal({ owner, opened, onClose, onCreated }: EndpointFormModalProps) {
  const { t } = useTranslation('webhooks');
  const create = useCreateWebhookEndpoint(owner);
  const form = useForm<FormValues>({
    initialValues: { url: 'https://', description: '', events: [...WebhookEvent] },
    validate: {
      url: (v) => (/^https:\/\/[^/\s]+/.test(v.trim()) ? null : t('form.urlInvalid')),
      events: (v) => (v.length > 0 ? null : t('form.eventsRequired')),
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(
      { url: values.url.trim(), description: values.description.trim(), events: values.events as WebhookEventName[] },
      {
        onSuccess: (issued) => {
          close();
          onCreated(issued);
        },
      },
    ),
  );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('form.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('dialogClose') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('form.url')}
            description={t('form.urlHint')}
            required
            inputMode="url"
            autoComplete="off"
            {...form.getInputProps('url')}
          />
          <Textarea
            label={t('form.description')}
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('description')}
          />
          <Checkbox.Group label={t('form.events')} required {...form.getInputProps('events')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
              {WebhookEvent.map((event) => (
                <Checkbox key={event} value={event} label={eventLabel(t, event)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {create.isError && (
            <Text c="red" size="sm" role="alert">
              {t(errorKey((create.error as ApiError).code))}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
