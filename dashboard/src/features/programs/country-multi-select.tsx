import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry } from '@/lib/format';
import { COUNTRIES } from './program-form-values';

type CountryMultiSelectProps = {
  label: string;
  description: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** Countries chosen in the other list: a country is either allowed or denied. */
  exclude: readonly string[];
  error?: string | undefined;
};

/** ISO country codes, shown and searched by their name in the UI language. */
export function CountryMultiSelect(props: CountryMultiSelectProps) {
  const { t, i18n } = useTranslation('orgprograms');
  const data = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return COUNTRIES.map((code) => ({ value: code, label: `${formatCountry(code, i18n.language)} (${code})` })).sort(
      (a, b) => collator.compare(a.label, b.label),
    );
  }, [i18n.language]);
  const excluded = new Set(props.exclude);
  return (
    <MultiSelect
      label={props.label}
      description={props.description}
      placeholder={props.value.length === 0 ? t('form.geo.search') : undefined}
      data={data.filter((item) => !excluded.has(item.value))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      searchable
      clearable
      hidePickedOptions
      nothingFoundMessage={t('form.geo.nothingFound')}
      maxDropdownHeight={260}
    />
  );
}
