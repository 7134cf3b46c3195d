import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DELIVERY_SORTS, type DeliverySort } from '@contracts/list-sort';

/** The orders every list of events offers; the API's default (-occurredAt) is "newest first". */
export const EVENT_LIST_SORTS = ['-occurredAt', 'occurredAt', '-amount', 'amount'] as const;
export type EventListSort = (typeof EVENT_LIST_SORTS)[number];

type SortSelectProps<S extends string> = {
  value: S | undefined;
  onChange: (sort: S | undefined) => void;
};

function OrderSelect<S extends string>({
  sorts,
  label,
  value,
  onChange,
  width = 200,
}: SortSelectProps<S> & { sorts: readonly S[]; label: (sort: S) => string; width?: number }) {
  const { t } = useTranslation('earnings');
  return (
    <Select
      label={t('sort.label')}
      data={sorts.map((s) => ({ value: s, label: label(s) }))}
      value={value ?? '-occurredAt'}
      onChange={(next) => onChange(next === '-occurredAt' || !next ? undefined : (next as S))}
      allowDeselect={false}
      w={{ base: '100%', xs: width }}
      data-testid="sort-select"
    />
  );
}

/** Sort by when the event happened (newest or oldest first) or by amount; the default is kept out of the URL. */
export function SortSelect(props: SortSelectProps<EventListSort>) {
  const { t } = useTranslation('earnings');
  return <OrderSelect sorts={EVENT_LIST_SORTS} label={(s) => t(`sort.${s}`)} {...props} />;
}

/** A delivery log's order: when its click or conversion happened (default, newest first) or when it was sent. */
export function DeliverySortSelect(props: SortSelectProps<DeliverySort>) {
  const { t } = useTranslation('earnings');
  // Room for the longest label ("Сначала недавно отправленные").
  return <OrderSelect sorts={DELIVERY_SORTS} label={(s) => t(`sort.deliveries.${s}`)} width={260} {...props} />;
}
