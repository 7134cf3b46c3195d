import { Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from './filter-bar';

/** What both consoles' creatives lists can be searched by (the API's query of the same names). */
export type CreativeFilters = {
  q?: string;
  category?: string;
  kind?: 'banner' | 'text_link' | 'template';
  size?: string;
};

const SIZE = /^[1-9][0-9]{0,4}x[1-9][0-9]{0,4}$/;

/** The filters as state: typing is debounced, a size is sent only once it reads WIDTHxHEIGHT. */
export function useCreativeFilters() {
  const [q, setQ] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [kind, setKind] = useState<CreativeFilters['kind'] | null>(null);
  const [size, setSize] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const normalizedSize = size
    .trim()
    .toLowerCase()
    .replace(/\s*[×x*]\s*/, 'x');
  const filters: CreativeFilters = {
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(category ? { category } : {}),
    ...(kind ? { kind } : {}),
    ...(SIZE.test(normalizedSize) ? { size: normalizedSize } : {}),
  };
  const fields = { q, setQ, category, setCategory, kind, setKind, size, setSize };
  return { filters, fields, active: Object.keys(filters).length };
}

type Props = ReturnType<typeof useCreativeFilters> & { categories: string[] };

/** The search over a program's creatives: name, category, kind and size. */
export function CreativeSearch({ fields, active, categories }: Props) {
  const { t } = useTranslation();
  const sizeInvalid =
    fields.size.trim() !== '' &&
    !SIZE.test(
      fields.size
        .trim()
        .toLowerCase()
        .replace(/\s*[×x*]\s*/, 'x'),
    );
  return (
    <FilterBar label={t('creativeSearch.label')} active={active}>
      <TextInput
        label={t('creativeSearch.q')}
        type="search"
        value={fields.q}
        onChange={(e) => fields.setQ(e.currentTarget.value)}
        w={{ base: '100%', sm: 220 }}
      />
      <Select
        label={t('creativeSearch.category')}
        placeholder={t('creativeSearch.any')}
        data={categories}
        value={fields.category}
        onChange={fields.setCategory}
        clearable
        disabled={categories.length === 0}
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('creativeSearch.kind')}
        placeholder={t('creativeSearch.any')}
        data={(['banner', 'template', 'text_link'] as const).map((value) => ({
          value,
          label: t(`creativeSearch.kinds.${value}`),
        }))}
        value={fields.kind ?? null}
        onChange={(value) => fields.setKind(value as CreativeFilters['kind'] | null)}
        clearable
        w={{ base: '100%', sm: 180 }}
      />
      <TextInput
        label={t('creativeSearch.size')}
        placeholder={t('creativeSearch.sizePlaceholder')}
        value={fields.size}
        onChange={(e) => fields.setSize(e.currentTarget.value)}
        error={sizeInvalid ? t('creativeSearch.sizeInvalid') : undefined}
        w={{ base: '100%', sm: 140 }}
      />
    </FilterBar>
  );
}
