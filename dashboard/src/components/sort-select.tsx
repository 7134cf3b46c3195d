import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The orders every list of events offers; the API's default (-occurredAt) is "newest first". */
export const EVENT_LIST_SORTS = ['-occurredAt', 'occurredAt', '-amount', 'amount'] as const;
export type EventListSort = (typeof EVENT_LIST_SORTS)[number];

type SortSelectProps = {
  value: EventListSort | undefined;
  onChange: (sort: EventListSort | undefined) => void;
};

/** Sort by when the event happened (newest or oldest first) or by amount; the default is kept out of the URL. */
export function SortSelect({ value, onChange }: SortSelectProps) {
  const { t } = useTranslation('earnings');
  return (
    <Select
      label={t('sort.label')}
      data={EVENT_LIST_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
      value={value ?? '-occurredAt'}
      onChange={(next) => onChange(next === '-occurredAt' || !next ? undefined : (next as EventListSort))}
      allowDeselect={false}
      w={{ base: '100%', xs: 200 }}
      data-testid="sort-select"
    />
  );
}
