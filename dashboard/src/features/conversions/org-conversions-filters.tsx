import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '@/lib/active-filters';
import { useOrgProgramOptions } from '@/features/organizations';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { FilterBar } from '@/ui/filter-bar';
import { SortSelect } from '@/ui/sort-select';
import { AffiliateFilter, AppFilter } from '@/features/organizations';
import { ORG_CONVERSION_STATUSES, ORG_EVENT_TYPES, type OrgConversionsSearch } from './conversion-options';

type OrgConversionsFiltersProps = {
  orgId: string;
  search: OrgConversionsSearch;
  onChange: (next: Partial<OrgConversionsSearch>) => void;
};

/** The conversions list's filters, written into the URL. */
export function OrgConversionsFilters({ orgId, search, onChange }: OrgConversionsFiltersProps) {
  const { t } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  const programs = useOrgProgramOptions(orgId).data ?? [];
  const width = { base: '100%', xs: 190 };
  return (
    <FilterBar
      label={t('filters.label')}
      active={activeFilterCount(search, ['status', 'type', 'program', 'app', 'affiliate'])}
    >
      <DateRangeFilter value={search} onChange={onChange} />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        data={ORG_CONVERSION_STATUSES.map((s) => ({ value: s, label: te(`status.${s}`) }))}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: (value ?? undefined) as OrgConversionsSearch['status'] })}
        clearable
        w={width}
        data-testid="status-filter"
      />
      <Select
        label={t('filters.type')}
        placeholder={t('filters.all')}
        data={ORG_EVENT_TYPES.map((e) => ({ value: e, label: te(`eventTypes.${e}`) }))}
        value={search.type ?? null}
        onChange={(value) => onChange({ type: (value ?? undefined) as OrgConversionsSearch['type'] })}
        clearable
        w={width}
      />
      <Select
        label={t('filters.program')}
        placeholder={t('filters.all')}
        data={programs}
        value={search.program ?? null}
        onChange={(value) => onChange({ program: value ?? undefined })}
        searchable
        clearable
        w={width}
      />
      <AppFilter orgId={orgId} value={search.app} onChange={(app) => onChange({ app })} w={width} />
      <AffiliateFilter orgId={orgId} value={search.affiliate} onChange={(affiliate) => onChange({ affiliate })} />
      <SortSelect value={search.sort} onChange={(sort) => onChange({ sort })} />
    </FilterBar>
  );
}
