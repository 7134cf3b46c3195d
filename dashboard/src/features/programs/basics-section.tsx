import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProgramVisibility } from '@schema/enums';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

type BasicsSectionProps = {
  form: ProgramForm;
  /** The organization's apps; null once the program exists (its app never changes). */
  apps: { id: string; name: string }[] | null;
};

export function BasicsSection({ form, apps }: BasicsSectionProps) {
  const { t } = useTranslation('orgprograms');
  return (
    <FormSection legend={t('form.basics.legend')}>
      <TextInput label={t('form.basics.name')} required {...form.getInputProps('name')} />
      <TextInput
        label={t('form.basics.slug')}
        description={t('form.basics.slugHint')}
        autoCapitalize="none"
        {...form.getInputProps('slug')}
      />
      {apps && (
        <Select
          label={t('form.basics.app')}
          description={t('form.basics.appHint')}
          data={apps.map((app) => ({ value: app.id, label: app.name }))}
          allowDeselect={false}
          required
          {...form.getInputProps('appId')}
        />
      )}
      <Select
        label={t('form.basics.visibility')}
        description={t(`visibilityHint.${form.values.visibility}`)}
        data={ProgramVisibility.map((value) => ({ value, label: t(`visibility.${value}`) }))}
        allowDeselect={false}
        {...form.getInputProps('visibility')}
      />
      <Textarea
        label={t('form.basics.description')}
        autosize
        minRows={2}
        maxRows={8}
        style={{ gridColumn: '1 / -1' }}
        {...form.getInputProps('description')}
      />
    </FormSection>
  );
}
