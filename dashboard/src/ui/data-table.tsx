import { Button, Center, Group, ScrollArea, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ColumnDef, getCoreRowModel, type SortingState, type Updater, useReactTable } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnTemplate } from './table/column-template';
import { fromSorting, toSorting } from '@/lib/table-search';
import './table/column-meta';
import { DataCards } from './table/data-cards';
import { SortSelectOnPhone } from './table/sort-select-on-phone';

type DataTableProps<Row> = {
  /** Names the table for screen readers. */
  caption: string;
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's own column type varies the value type per column.
  columns: ColumnDef<Row, any>[];
  data: Row[];
  getRowId: (row: Row) => string;
  /** The `sort` search param (see lib/table-search.ts); the server sorts, the table only shows and sets it. */
  sort?: string;
  onSortChange?: (sort: string | undefined) => void;
  /** Keyset paging: true while the API returned a next cursor. */
  hasMore?: boolean;
  onLoadMore?: () => void;
  loadingMore?: boolean;
  /** Shown instead of the table when `data` is empty. */
  empty: ReactNode;
  /** Narrower gaps between columns, for a table with many short columns that must fit 1440 px. */
  dense?: boolean;
  /**
   * Column names may wrap between words: a table of many figures ("Unique clicks", "Conversion rate, %") is then
   * as wide as its figures, not its names, and fits 1440 px beside the navbar instead of scrolling in its card.
   */
  wrapHeaders?: boolean;
  /** A `data-testid` per row (table row or card), for tests that read one row's figures. */
  rowTestId?: (row: Row) => string;
};

/** Mantine's `sm` breakpoint: below it a table's columns do not fit, so its rows become cards. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/** TanStack Table rendered with Mantine: a table from `sm` up, cards below it; sorts and pages through the URL/API. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  // Read at the first render (not after an effect), so a phone never lays out the wide table first.
  const phone = useMediaQuery(PHONE_QUERY, false, { getInitialValueInEffect: false });
  const sorting = toSorting(props.sort);
  const table = useReactTable({
    data: props.data,
    columns: props.columns,
    getRowId: props.getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: true,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      props.onSortChange?.(fromSorting(next));
    },
  });

  if (props.data.length === 0) return <>{props.empty}</>;

  return (
    <>
      {phone ? (
        <>
          {props.onSortChange && (
            <SortSelectOnPhone table={table} sort={props.sort} onSortChange={props.onSortChange} />
          )}
          <DataCards table={table} caption={props.caption} rowTestId={props.rowTestId} />
        </>
      ) : (
        // Focusable, so a keyboard can scroll a table wider than its column (axe: scrollable-region-focusable).
        <ScrollArea type="auto" offsetScrollbars="x" viewportProps={{ tabIndex: 0 }}>
          <Table
            striped
            highlightOnHover
            captionSide="top"
            horizontalSpacing={props.dense ? 'xs' : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
          >
            <caption className="visually-hidden">{props.caption}</caption>
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {group.headers.map((header) => {
                    const direction = header.column.getIsSorted();
                    const content = (
                      <ColumnTemplate template={header.column.columnDef.header} context={header.getContext()} />
                    );
                    return (
                      <Table.Th
                        key={header.id}
                        aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}
                        ta={header.column.columnDef.meta?.numeric ? 'right' : undefined}
                        style={props.wrapHeaders ? { verticalAlign: 'bottom' } : { whiteSpace: 'nowrap' }}
                      >
                        {header.column.getCanSort() && props.onSortChange ? (
                          <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={600} fz="sm">
                            {content}
                            <Text span aria-hidden ml={4} c="dimmed">
                              {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                            </Text>
                          </UnstyledButton>
                        ) : (
                          content
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id} data-testid={props.rowTestId?.(row.original)}>
                  {row.getVisibleCells().map((cell) => (
                    <Table.Td key={cell.id} ta={cell.column.columnDef.meta?.numeric ? 'right' : undefined}>
                      <ColumnTemplate template={cell.column.columnDef.cell} context={cell.getContext()} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {props.hasMore && props.onLoadMore && (
        <Center mt="md">
          <Group>
            <Button variant="default" onClick={props.onLoadMore} loading={props.loadingMore} mih={44}>
              {t('table.loadMore')}
            </Button>
          </Group>
        </Center>
      )}
    </>
  );
}
