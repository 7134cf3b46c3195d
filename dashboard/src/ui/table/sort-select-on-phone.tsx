import { NativeSelect } from '@mantine/core';
import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';

type SortSelectOnPhoneProps<Row> = {
  table: Table<Row>;
  sort: string | undefined;
  onSortChange: (sort: string | undefined) => void;
};

/** Cards have no header to click: the sortable columns, each way, as one select above them. */
export function SortSelectOnPhone<Row>({ table, sort, onSortChange }: SortSelectOnPhoneProps<Row>) {
  const { t } = useTranslation();
  const headers = table.getFlatHeaders().filter((h) => h.column.getCanSort());
  if (headers.length === 0) return null;
  const options = headers.flatMap((h) => {
    // Sortable headers are translated strings; a header drawn by a function names the column by its id.
    const header = h.column.columnDef.header;
    const name = typeof header === 'string' ? header : h.column.id;
    return [
      { value: `-${h.column.id}`, label: t('table.sortDescending', { column: name }) },
      { value: h.column.id, label: t('table.sortAscending', { column: name }) },
    ];
  });
  return (
    <NativeSelect
      label={t('table.sortBy')}
      data={[{ value: '', label: t('table.sortDefault') }, ...options]}
      value={sort ?? ''}
      onChange={(event) => onSortChange(event.currentTarget.value || undefined)}
      mb="sm"
      size="md"
    />
  );
}
