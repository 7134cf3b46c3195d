import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { Table } from '@tanstack/react-table';
import { phoneRoleOf } from './column-meta';
import { ColumnTemplate } from './column-template';
import classes from './data-cards.module.css';

/**
 * The rows of a DataTable as a list of cards, for phones: the primary column as the title, the others as
 * labelled values two to a line, and the actions along the foot with 44 px touch targets.
 */
export function DataCards<Row>({
  table,
  caption,
  rowTestId,
}: {
  table: Table<Row>;
  caption: string;
  rowTestId?: (row: Row) => string;
}) {
  const headers = new Map(table.getFlatHeaders().map((h) => [h.column.id, h]));
  const primaryDeclared = table.getVisibleLeafColumns().some((c) => c.columnDef.meta?.phone === 'primary');
  return (
    <Stack component="ul" gap="sm" className={classes.list} aria-label={caption} data-testid="data-cards">
      {table.getRowModel().rows.map((row) => {
        const cells = row.getVisibleCells().map((cell, index) => ({
          cell,
          role: phoneRoleOf(cell.column, !primaryDeclared && index === 0),
        }));
        const label = (id: string) => {
          const header = headers.get(id);
          return header ? (
            <ColumnTemplate template={header.column.columnDef.header} context={header.getContext()} />
          ) : null;
        };
        return (
          <Paper
            component="li"
            key={row.id}
            withBorder
            p="sm"
            className={classes.card}
            data-testid={rowTestId?.(row.original)}
          >
            {cells
              .filter((c) => c.role === 'primary')
              .map(({ cell }) => (
                <Box key={cell.id} fw={600} mb="xs" className={classes.primary}>
                  <ColumnTemplate template={cell.column.columnDef.cell} context={cell.getContext()} />
                </Box>
              ))}
            <Box component="dl" className={classes.fields}>
              {cells
                .filter((c) => c.role === 'secondary')
                .map(({ cell }) => (
                  <div key={cell.id} className={classes.field}>
                    <Text component="dt" size="xs" c="dimmed" fw={600}>
                      {label(cell.column.id)}
                    </Text>
                    <Box component="dd" fz="sm" className={classes.value}>
                      <ColumnTemplate template={cell.column.columnDef.cell} context={cell.getContext()} />
                    </Box>
                  </div>
                ))}
            </Box>
            {cells
              .filter((c) => c.role === 'actions')
              .map(({ cell }) => (
                <Group key={cell.id} gap="xs" mt="sm" className={classes.actions}>
                  <ColumnTemplate template={cell.column.columnDef.cell} context={cell.getContext()} />
                </Group>
              ))}
          </Paper>
        );
      })}
    </Stack>
  );
}
