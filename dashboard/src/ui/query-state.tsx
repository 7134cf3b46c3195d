import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state';
import { type LoadingShape, LoadingState } from './loading-state';

type QueryStateProps<T> = {
  query: UseQueryResult<T>;
  /** The outline drawn while loading, in the shape of what `children` renders (a table's rows by default). */
  skeleton?: LoadingShape;
  children: (data: T) => ReactNode;
};

/** Loading and error states of one query in one line; `children` renders the data (and its own empty state). */
export function QueryState<T>({ query, skeleton, children }: QueryStateProps<T>) {
  if (query.isPending) return <LoadingState shape={skeleton} />;
  // Only a first load that failed is an error: a failed refresh in the background keeps what is shown (and
  // whatever is being typed into it) until the next refresh succeeds.
  if (query.isLoadingError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
