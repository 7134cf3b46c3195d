import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type YesNoFilterProps = {
  label: string;
  value: 'true' | 'false' | undefined;
  onChange: (value: 'true' | 'false' | undefined) => void;
};

/** A yes / no / any filter over a boolean search param. */
export function YesNoFilter({ label, value, onChange }: YesNoFilterProps) {
  const { t } = useTranslation('platform');
  return (
    <Select
      label={label}
      placeholder={t('filters.any')}
      data={[
        { value: 'true', label: t('filters.yes') },
        { value: 'false', label: t('filters.no') },
      ]}
      value={value ?? null}
      onChange={(next) => onChange(next === 'true' || next === 'false' ? next : undefined)}
      clearable
      w={{ base: '100%', xs: 160 }}
    />
  );
}
