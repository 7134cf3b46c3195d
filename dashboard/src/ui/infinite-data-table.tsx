import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { DataTable } from './data-table';
import { QueryState } from './query-state';

type InfiniteDataTableProps<Row extends { id: string }> = {
  /** A keyset-paged list query: every page carries `items`. */
  query: UseInfiniteQueryResult<InfiniteData<{ items: Row[] }>>;
  caption: string;
  // biome-ignore lint/suspicious/noExplicitAny: TanStack's own column type varies the value type per column.
  columns: ColumnDef<Row, any>[];
  empty: ReactNode;
  /** Narrower gaps between columns (DataTable's `dense`). */
  dense?: boolean;
};

/** A DataTable over every page loaded so far, with "load more" while the API has a next cursor. */
export function InfiniteDataTable<Row extends { id: string }>({
  query,
  caption,
  columns,
  empty,
  dense,
}: InfiniteDataTableProps<Row>) {
  return (
    <QueryState query={query}>
      {(data) => (
        <DataTable
          caption={caption}
          columns={columns}
          data={data.pages.flatMap((p) => p.items)}
          getRowId={(row) => row.id}
          hasMore={query.hasNextPage}
          onLoadMore={() => void query.fetchNextPage()}
          loadingMore={query.isFetchingNextPage}
          empty={empty}
          dense={dense}
        />
      )}
    </QueryState>
  );
}
