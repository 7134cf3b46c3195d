import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Locale, PayoutModel, ProgramCategory } from '@schema/enums';
import { useTranslation } from 'react-i18next';
import type { MarketplaceFilters as Filters } from './queries/marketplace';

type Props = {
  /** What the search box shows, before the debounce hands it to `value.q`. */
  search: string;
  onSearch: (text: string) => void;
  value: Filters;
  onChange: (filters: Filters) => void;
  /** The apps seen so far, to filter by one of them. */
  apps: { value: string; label: string }[];
};

/** Search by name and filters by app, payout model, category and language; each select clears to "any". */
export function MarketplaceFilters({ search, onSearch, value, onChange, apps }: Props) {
  const { t } = useTranslation('programs');
  const select = <K extends keyof Filters>(key: K) => ({
    clearable: true,
    value: (value[key] as string | undefined) ?? null,
    onChange: (v: string | null) => onChange({ ...value, [key]: v ?? undefined }),
    placeholder: t('marketplace.filters.any'),
    w: { base: '100%', xs: 190 },
  });
  return (
    <Group gap="sm" align="flex-end" mb="lg" wrap="wrap" role="search">
      <TextInput
        label={t('marketplace.filters.search')}
        placeholder={t('marketplace.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        maxLength={100}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={{ base: '100%', xs: 260 }}
        data-testid="marketplace-search"
      />
      <Select label={t('marketplace.filters.app')} data={apps} {...select('appId')} />
      <Select
        label={t('marketplace.filters.model')}
        data={PayoutModel.map((m) => ({ value: m, label: t(`model.${m}`) }))}
        {...select('payoutModel')}
      />
      <Select
        label={t('marketplace.filters.category')}
        data={ProgramCategory.map((c) => ({ value: c, label: t(`marketplace.categories.${c}`) }))}
        {...select('category')}
      />
      <Select
        label={t('marketplace.filters.language')}
        data={Locale.map((l) => ({ value: l, label: t(`marketplace.languages.${l}`) }))}
        {...select('language')}
      />
    </Group>
  );
}
