import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PayoutMinimum } from '@/features/payouts';

/**
 * The minimums on a phone: two fields to a line, each labelled with its currency and saying when it last
 * changed, so twenty-odd currencies fit a few screens and nothing scrolls sideways.
 */
export function PayoutMinimumGrid({
  rows,
  caption,
  field,
}: {
  rows: PayoutMinimum[];
  caption: string;
  field: (row: PayoutMinimum) => ReactNode;
}) {
  return (
    <SimpleGrid component="ul" cols={2} spacing="sm" verticalSpacing="md" aria-label={caption} m={0} p={0}>
      {rows.map((row) => (
        <li key={row.currency} style={{ listStyle: 'none', minWidth: 0 }} data-testid={`minimum-${row.currency}`}>
          {field(row)}
        </li>
      ))}
    </SimpleGrid>
  );
}
