import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '@/lib/active-filters';
import type { MyEnrollment } from '@/features/enrollments';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { FilterBar } from '@/ui/filter-bar';
import { SortSelect } from '@/ui/sort-select';
import { CONVERSION_STATUSES, type ConversionsSearch, EVENT_TYPES, LEVELS, LINE_STATUSES } from './conversions-options';

type ConversionsFiltersProps = {
  search: ConversionsSearch;
  programs: MyEnrollment[];
  onChange: (next: Partial<ConversionsSearch>) => void;
};

/** The filters of the list on show, written into the URL. */
export function ConversionsFilters({ search, programs, onChange }: ConversionsFiltersProps) {
  const { t } = useTranslation('earnings');
  const commissions = search.tab === 'commissions';
  const program = (
    <Select
      label={t('stats.filters.program')}
      placeholder={t('stats.filters.all')}
      data={programs.map((p) => ({ value: p.program.id, label: p.program.name }))}
      value={search.program ?? null}
      onChange={(value) => onChange({ program: value ?? undefined })}
      clearable
      w={{ base: '100%', xs: 200 }}
    />
  );
  return (
    <FilterBar
      label={t('stats.filters.label')}
      active={activeFilterCount(
        search,
        commissions ? ['program', 'lineStatus', 'level'] : ['program', 'status', 'type'],
      )}
    >
      <DateRangeFilter value={search} onChange={onChange} />
      {commissions ? (
        <>
          {program}
          <Select
            label={t('conversions.filters.status')}
            placeholder={t('stats.filters.all')}
            data={LINE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={search.lineStatus ?? null}
            onChange={(value) => onChange({ lineStatus: (value ?? undefined) as ConversionsSearch['lineStatus'] })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('conversions.filters.level')}
            placeholder={t('stats.filters.all')}
            data={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
            value={search.level ?? null}
            onChange={(value) => onChange({ level: (value ?? undefined) as ConversionsSearch['level'] })}
            clearable
            w={{ base: '100%', xs: 220 }}
          />
        </>
      ) : (
        <>
          {program}
          <Select
            label={t('conversions.filters.status')}
            placeholder={t('stats.filters.all')}
            data={CONVERSION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={search.status ?? null}
            onChange={(value) => onChange({ status: (value ?? undefined) as ConversionsSearch['status'] })}
            clearable
            w={{ base: '100%', xs: 180 }}
            data-testid="status-filter"
          />
          <Select
            label={t('conversions.filters.type')}
            placeholder={t('stats.filters.all')}
            data={EVENT_TYPES.map((e) => ({ value: e, label: t(`eventTypes.${e}`) }))}
            value={search.type ?? null}
            onChange={(value) => onChange({ type: (value ?? undefined) as ConversionsSearch['type'] })}
            clearable
            w={{ base: '100%', xs: 180 }}
          />
        </>
      )}
      <SortSelect value={search.sort} onChange={(sort) => onChange({ sort })} />
    </FilterBar>
  );
}
