import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { FilterBar } from '@/ui/filter-bar';
import { AffiliateFilter } from '@/features/organizations';
import { DeliverySortSelect } from '@/ui/sort-select';
import { activeFilterCount } from '@/lib/active-filters';
import { ORG_DELIVERY_EVENTS, ORG_DELIVERY_STATUSES, type OrgPostbacksSearch } from './delivery-options';

type OrgDeliveriesFiltersProps = {
  orgId: string;
  search: OrgPostbacksSearch;
  onChange: (next: Partial<OrgPostbacksSearch>) => void;
};

/** The delivery log's filters, written into the URL. */
export function OrgDeliveriesFilters({ orgId, search, onChange }: OrgDeliveriesFiltersProps) {
  const { t } = useTranslation('orgconversions');
  const { t: te } = useTranslation('earnings');
  return (
    <FilterBar label={t('filters.label')} active={activeFilterCount(search, ['status', 'event', 'affiliate'])}>
      <DateRangeFilter value={search} onChange={onChange} />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        data={ORG_DELIVERY_STATUSES.map((s) => ({ value: s, label: te(`status.${s}`) }))}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: (value ?? undefined) as OrgPostbacksSearch['status'] })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <Select
        label={t('postbacks.columns.event')}
        placeholder={t('filters.all')}
        data={ORG_DELIVERY_EVENTS.map((e) => ({ value: e, label: te(`postback.events.${e}`) }))}
        value={search.event ?? null}
        onChange={(value) => onChange({ event: (value ?? undefined) as OrgPostbacksSearch['event'] })}
        clearable
        w={{ base: '100%', xs: 170 }}
      />
      <AffiliateFilter orgId={orgId} value={search.affiliate} onChange={(affiliate) => onChange({ affiliate })} />
      <DeliverySortSelect value={search.sort} onChange={(sort) => onChange({ sort })} />
    </FilterBar>
  );
}
