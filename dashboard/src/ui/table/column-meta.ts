import type { RowData } from '@tanstack/react-table';

/**
 * How a column shows on phones, where a table becomes a list of cards: `primary` is the card's title (the
 * first column when none says so), `secondary` a labelled value (the default), `hidden` left out (detail a
 * phone can do without, kept on the row's own page), `actions` the buttons along the card's foot (a column
 * with the id `actions` is one without saying so).
 */
export type PhoneRole = 'primary' | 'secondary' | 'hidden' | 'actions';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData extends RowData, TValue> {
    phone?: PhoneRole;
    /** Counts and money: right-aligned in the table, so digits (tabular in every table) line up. */
    numeric?: boolean;
  }
}

export function phoneRoleOf(column: { id: string; columnDef: { meta?: { phone?: PhoneRole } } }, first: boolean) {
  const declared = column.columnDef.meta?.phone;
  if (declared) return declared;
  if (column.id === 'actions') return 'actions';
  return first ? 'primary' : 'secondary';
}
