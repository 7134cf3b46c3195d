import { Button, Group, Select, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '@contracts/iso-codes';
import { activeFilterCount } from '@/lib/active-filters';
import { formatCountry } from '@/lib/format';
import { DateRangeFilter } from '@/ui/date-range-filter';
import { FilterBar } from '@/ui/filter-bar';
import { DEVICES, SUB_KEYS, type StatsSearch, type SubKey } from './stats-options';

type StatsFiltersProps = {
  search: StatsSearch;
  programs: { value: string; label: string }[];
  onChange: (next: Partial<StatsSearch>) => void;
  /** Filters only some readers have (the advertiser's app and affiliate), after the program. */
  extra?: ReactNode;
  /** The affiliate's page looks a click up by id; the advertiser's has no such view. */
  withClickLookup?: boolean;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every filter of the stats page, written into the URL. A sub value cannot be combined with country or
 * device in the rollups, so choosing one clears the other.
 */
export function StatsFilters({ search, programs, onChange, extra, withClickLookup = false }: StatsFiltersProps) {
  const { t, i18n } = useTranslation('earnings');
  const [subValue, setSubValue] = useState(search.subValue ?? '');
  const [clickId, setClickId] = useState(search.clickId ?? '');
  useEffect(() => setSubValue(search.subValue ?? ''), [search.subValue]);
  useEffect(() => setClickId(search.clickId ?? ''), [search.clickId]);
  const countries = useMemo(
    () =>
      [...COUNTRY_CODES]
        .map((code) => ({ value: code, label: formatCountry(code, i18n.language) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );
  const clickIdValid = clickId === '' || UUID.test(clickId.trim());

  return (
    <FilterBar
      label={t('stats.filters.label')}
      active={activeFilterCount(search, ['program', 'app', 'affiliate', 'country', 'device', 'subValue', 'clickId'])}
    >
      <DateRangeFilter value={search} onChange={onChange} />
      <Select
        label={t('stats.filters.program')}
        placeholder={t('stats.filters.all')}
        data={programs}
        value={search.program ?? null}
        onChange={(program) => onChange({ program: program ?? undefined })}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      {extra}
      <Select
        label={t('stats.filters.country')}
        placeholder={t('stats.filters.all')}
        data={countries}
        value={search.country ?? null}
        onChange={(country) => onChange({ country: country ?? undefined, subKey: undefined, subValue: undefined })}
        searchable
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <Select
        label={t('stats.filters.device')}
        placeholder={t('stats.filters.all')}
        data={DEVICES.map((d) => ({ value: d, label: t(`devices.${d}`) }))}
        value={search.device ?? null}
        onChange={(device) =>
          onChange({ device: (device ?? undefined) as StatsSearch['device'], subKey: undefined, subValue: undefined })
        }
        clearable
        w={{ base: '100%', xs: 160 }}
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const value = subValue.trim();
          onChange(
            value
              ? { subKey: search.subKey ?? 'sub1', subValue: value, country: undefined, device: undefined }
              : { subKey: undefined, subValue: undefined },
          );
        }}
      >
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label={t('stats.filters.subKey')}
            data={SUB_KEYS.map((k) => ({ value: k, label: t(`stats.breakdowns.${k}`) }))}
            value={search.subKey ?? 'sub1'}
            allowDeselect={false}
            onChange={(subKey) => onChange({ subKey: (subKey ?? 'sub1') as SubKey })}
            w={100}
          />
          <TextInput
            label={t('stats.filters.subValue')}
            value={subValue}
            onChange={(event) => setSubValue(event.currentTarget.value)}
            maxLength={255}
            w={{ base: 150, xs: 160 }}
          />
          <Button type="submit" variant="default">
            {t('stats.filters.apply')}
          </Button>
        </Group>
      </form>
      {withClickLookup && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (clickIdValid) onChange({ clickId: clickId.trim() || undefined });
          }}
        >
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label={t('stats.filters.clickId')}
              value={clickId}
              onChange={(event) => setClickId(event.currentTarget.value)}
              error={clickIdValid ? undefined : t('stats.filters.clickIdInvalid')}
              w={{ base: 220, xs: 320 }}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Button type="submit" variant="default">
              {t('stats.filters.find')}
            </Button>
          </Group>
        </form>
      )}
    </FilterBar>
  );
}
