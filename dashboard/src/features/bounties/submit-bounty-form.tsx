import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type MyBounty, useSubmitBounty } from './queries/bounties';
import { ActionError } from '@/ui/action-error';
import { notifyDone } from '@/lib/notify-done';

const HTTPS = /^https:\/\/[^\s/]+\.[^\s]+$/i;

/** The URL of the work and a note for the reviewer; after a rejection the same form sends it again. */
export function SubmitBountyForm({ orgId, bounty, again }: { orgId: string; bounty: MyBounty; again: boolean }) {
  const { t } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const submit = useSubmitBounty(orgId);
  const form = useForm({
    initialValues: { url: '', note: '' },
    validate: {
      url: (v) => (HTTPS.test(v.trim()) && v.trim().length <= 2048 ? null : t('mine.urlInvalid')),
      note: (v) => (v.length <= 2000 ? null : t('mine.noteLong')),
    },
  });
  return (
    <form
      noValidate
      aria-label={t('mine.formOf', { name: bounty.name })}
      onSubmit={form.onSubmit((values) =>
        submit.mutate(
          { bountyId: bounty.id, url: values.url.trim(), note: values.note.trim() },
          {
            onSuccess: () => {
              form.reset();
              notifyDone(t('mine.sent', { name: bounty.name }));
            },
          },
        ),
      )}
    >
      <Stack gap="sm" mt="xs">
        <TextInput
          label={t('mine.url')}
          description={t('mine.urlHint')}
          required
          type="url"
          inputMode="url"
          {...form.getInputProps('url')}
        />
        <Textarea label={t('mine.note')} autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
        <ActionError error={submit.error} />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {again ? t('mine.submitAgain') : t('mine.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
