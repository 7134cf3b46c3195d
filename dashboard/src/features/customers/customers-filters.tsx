import { Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount } from '@/lib/active-filters';
import { FilterBar } from '@/ui/filter-bar';
import { AffiliateFilter } from '@/features/organizations';
import { CUSTOMER_STATES, type CustomersSearch, REFERRED_PRESETS } from './customer-options';

type CustomersFiltersProps = {
  search: CustomersSearch;
  onChange: (next: Partial<CustomersSearch>) => void;
  /** The programs to pick from, as value/label pairs. */
  programs: { value: string; label: string }[];
  /** The advertiser's console: affiliate and search filters too. */
  advertiserOrgId?: string;
};

const width = { base: '100%', xs: 190 };

/** The customers list's filters, written into the URL. */
export function CustomersFilters({ search, onChange, programs, advertiserOrgId }: CustomersFiltersProps) {
  const { t } = useTranslation('customers');
  const { t: tc } = useTranslation();
  return (
    <FilterBar
      label={t('filters.label')}
      active={activeFilterCount(search, ['state', 'program', 'referred', 'affiliate', 'q'])}
    >
      <Select
        label={t('filters.state')}
        placeholder={t('filters.all')}
        data={CUSTOMER_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        value={search.state ?? null}
        onChange={(value) => onChange({ state: (value ?? undefined) as CustomersSearch['state'] })}
        clearable
        w={width}
        data-testid="state-filter"
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
      <Select
        label={t('filters.referred')}
        placeholder={t('filters.allTime')}
        data={REFERRED_PRESETS.map((p) => ({ value: p, label: tc(`dateRange.presets.${p}`) }))}
        value={search.referred ?? null}
        onChange={(value) => onChange({ referred: (value ?? undefined) as CustomersSearch['referred'] })}
        clearable
        w={width}
      />
      {advertiserOrgId && (
        <>
          <AffiliateFilter
            orgId={advertiserOrgId}
            value={search.affiliate}
            onChange={(affiliate) => onChange({ affiliate })}
          />
          <SearchFilter value={search.q} onChange={(q) => onChange({ q })} />
        </>
      )}
    </FilterBar>
  );
}

/** A part of the customer id, written into the URL on Enter or when the field is left, not on every key. */
function SearchFilter({ value, onChange }: { value: string | undefined; onChange: (q: string | undefined) => void }) {
  const { t } = useTranslation('customers');
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    const next = text.trim() || undefined;
    if (next !== value) onChange(next);
  };
  return (
    <TextInput
      label={t('filters.search')}
      placeholder={t('filters.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
      w={{ base: '100%', xs: 220 }}
      data-testid="customer-search"
    />
  );
}
