import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrgAffiliateOptions, useOrgAppOptions } from './queries/org-lookups';

type LookupFilterProps = {
  orgId: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  w?: { base: string; xs: number };
};

/** The app filter of the console's lists and reports: the organization's apps by name, cleared to "All". */
export function AppFilter({ orgId, value, onChange, w = { base: '100%', xs: 190 } }: LookupFilterProps) {
  const { t } = useTranslation('orgconversions');
  const apps = useOrgAppOptions(orgId).data ?? [];
  return (
    <Select
      label={t('filters.app')}
      placeholder={t('filters.all')}
      data={apps}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      w={w}
    />
  );
}

/** The affiliate filter: enrolled affiliates by email, searchable. */
export function AffiliateFilter({ orgId, value, onChange, w = { base: '100%', xs: 240 } }: LookupFilterProps) {
  const { t } = useTranslation('orgconversions');
  const affiliates = useOrgAffiliateOptions(orgId).data ?? [];
  return (
    <Select
      label={t('filters.affiliate')}
      placeholder={t('filters.all')}
      data={affiliates}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      searchable
      clearable
      w={w}
    />
  );
}
