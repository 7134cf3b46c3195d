import { Badge, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './error-state';
import { ConfirmModal } from './confirm-modal';
import { notifyDone } from '@/lib/notify-done';

/** The sections of orgsetup that store one write-only secret; each has the same words under its own key. */
export type SecretSection = 'stripe' | 'billingProviders' | 'stripeDiscounts';

/** What a secret form needs of a mutation (react-query's result, whatever its data). */
interface Mutation<V> {
  mutate(value: V, options: { onSuccess: () => void }): void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/** Whether the secret is stored: all anyone sees of it again. */
export function SecretStatus({ section, configured }: { section: SecretSection; configured: boolean }) {
  const { t } = useTranslation('orgsetup');
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {t(`${section}.status`)}
      </Text>
      <Badge color={configured ? 'teal' : 'gray'} variant="light">
        {t(configured ? `${section}.configured` : `${section}.notConfigured`)}
      </Badge>
    </Group>
  );
}

/**
 * Sets, replaces or removes a write-only secret (a webhook's signing secret, an API key): the field is
 * checked against `pattern` before sending, emptied once stored, and removing asks first.
 */
export function SecretForm({
  section,
  configured,
  pattern,
  hint,
  invalid,
  save,
  remove,
  generate,
}: {
  section: SecretSection;
  configured: boolean;
  pattern: RegExp;
  hint: string;
  invalid: string;
  save: Mutation<string>;
  remove: Mutation<void>;
  /** A button that fills the field with a fresh random secret, for secrets we may choose ourselves. */
  generate?: { label: string; make: () => string };
}) {
  const { t } = useTranslation('orgsetup');
  const [opened, { open, close }] = useDisclosure(false);
  const form = useForm({
    initialValues: { secret: '' },
    validate: { secret: (value) => (pattern.test(value.trim()) ? null : invalid) },
  });
  const submit = form.onSubmit(({ secret }) =>
    save.mutate(secret.trim(), {
      onSuccess: () => {
        form.reset();
        notifyDone(t(`${section}.saved`));
      },
    }),
  );
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          {save.isError && <ErrorState error={save.error} />}
          <PasswordInput
            label={t(configured ? `${section}.replaceSecret` : `${section}.secret`)}
            description={hint}
            autoComplete="off"
            {...form.getInputProps('secret')}
          />
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              {t(`${section}.save`)}
            </Button>
            {generate && (
              <Button variant="default" onClick={() => form.setFieldValue('secret', generate.make())}>
                {generate.label}
              </Button>
            )}
            {configured && (
              <Button variant="subtle" color="red" onClick={open}>
                {t(`${section}.remove`)}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        danger
        opened={opened}
        title={t(`${section}.removeTitle`)}
        message={t(`${section}.removeBody`)}
        confirmLabel={t(`${section}.removeConfirm`)}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              close();
              notifyDone(t(`${section}.removed`));
            },
          })
        }
        onClose={close}
      />
    </>
  );
}
