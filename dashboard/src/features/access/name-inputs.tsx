import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

type WithNames = { firstName: string; lastName: string };

/** First and last name side by side (stacked on phones), both optional. */
export function NameInputs<Values extends WithNames>({ form }: { form: UseFormReturnType<Values> }) {
  const { t } = useTranslation('access');
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
      <TextInput
        label={t('fields.firstName')}
        autoComplete="given-name"
        {...form.getInputProps('firstName')}
        error={form.errors.firstName ? t('fields.nameInvalid') : undefined}
      />
      <TextInput
        label={t('fields.lastName')}
        autoComplete="family-name"
        {...form.getInputProps('lastName')}
        error={form.errors.lastName ? t('fields.nameInvalid') : undefined}
      />
    </SimpleGrid>
  );
}
