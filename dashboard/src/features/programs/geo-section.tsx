import { useTranslation } from 'react-i18next';
import { CountryMultiSelect } from './country-multi-select';
import { FormSection } from './form-section';
import type { ProgramForm } from './program-form-types';

/** Countries whose clicks count: an allow list (empty: all) and a deny list; a country is in one at most. */
export function GeoSection({ form }: { form: ProgramForm }) {
  const { t } = useTranslation('orgprograms');
  return (
    <FormSection legend={t('form.geo.legend')} hint={t('form.geo.hint')}>
      <CountryMultiSelect
        label={t('form.geo.allow')}
        description={t('form.geo.allowHint')}
        value={form.values.geoAllow}
        onChange={(value) => form.setFieldValue('geoAllow', value)}
        exclude={form.values.geoDeny}
        error={form.errors.geoAllow as string | undefined}
      />
      <CountryMultiSelect
        label={t('form.geo.deny')}
        description={t('form.geo.denyHint')}
        value={form.values.geoDeny}
        onChange={(value) => form.setFieldValue('geoDeny', value)}
        exclude={form.values.geoAllow}
        error={form.errors.geoDeny as string | undefined}
      />
    </FormSection>
  );
}
