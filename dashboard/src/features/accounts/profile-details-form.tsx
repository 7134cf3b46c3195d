import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { flagUnless, isOptionalName } from '@/lib/forms/account-rules';
import { isLanguage, type Language, LANGUAGES } from '@/lib/i18n/languages';
import { type Profile, useUpdateMe } from './queries/me';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';

type Values = { firstName: string; lastName: string; locale: Language };

/** Names and language. A name left empty is cleared (null), as PATCH /me allows. */
export function ProfileDetailsForm({ me }: { me: Profile }) {
  const { t, i18n } = useTranslation('account');
  const updateMe = useUpdateMe();
  const toBody = (values: Values) => ({
    firstName: values.firstName.trim() || null,
    lastName: values.lastName.trim() || null,
    locale: values.locale,
  });
  const form = useForm<Values>({
    initialValues: { firstName: me.firstName ?? '', lastName: me.lastName ?? '', locale: me.locale },
    validate: { firstName: flagUnless(isOptionalName), lastName: flagUnless(isOptionalName) },
  });
  // The header's language switch saves the profile too: follow it, or saving the names would switch back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the saved language matters.
  useEffect(() => form.setFieldValue('locale', me.locale), [me.locale]);
  // Compared with the saved profile, not with the first render: saves from elsewhere count as saved.
  const saved = toBody({ firstName: me.firstName ?? '', lastName: me.lastName ?? '', locale: me.locale });
  const changed = JSON.stringify(toBody(form.values)) !== JSON.stringify(saved);
  const submit = form.onSubmit((values) =>
    updateMe.mutate(toBody(values), {
      onSuccess: async (profile) => {
        if (i18n.resolvedLanguage !== profile.locale) await i18n.changeLanguage(profile.locale);
        notifyDone(t('profile.saved'));
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {updateMe.isError && <ErrorState error={updateMe.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('profile.firstName')}
            autoComplete="given-name"
            {...form.getInputProps('firstName')}
            error={form.errors.firstName ? t('profile.nameInvalid') : undefined}
          />
          <TextInput
            label={t('profile.lastName')}
            autoComplete="family-name"
            {...form.getInputProps('lastName')}
            error={form.errors.lastName ? t('profile.nameInvalid') : undefined}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('profile.language')}
          description={t('profile.detailsHint')}
          data={LANGUAGES.map((value) => ({ value, label: t(`profile.languages.${value}`) }))}
          maw={{ sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
          {...form.getInputProps('locale')}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isLanguage(value)) form.setFieldValue('locale', value);
          }}
        />
        <Group>
          <Button type="submit" loading={updateMe.isPending} disabled={!changed}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
