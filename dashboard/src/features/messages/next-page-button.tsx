import { Button, Center } from '@mantine/core';

/** Loads the next page of a keyset-paged list (older messages, more conversations); nothing on the last page. */
type Pages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };

export function NextPageButton({ query, label }: { query: Pages; label: string }) {
  if (!query.hasNextPage) return null;
  return (
    <Center>
      <Button variant="subtle" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {label}
      </Button>
    </Center>
  );
}
