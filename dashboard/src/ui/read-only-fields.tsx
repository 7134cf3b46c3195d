import { Box, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type ReadOnlyField = { label: ReactNode; value: ReactNode; description?: ReactNode };

/**
 * Settings shown to someone who may not change them (platform support, a role without write access): the values
 * as text in a description list, instead of a form of disabled inputs that looks broken and reads poorly.
 */
export function ReadOnlyFields({ fields, testId }: { fields: ReadOnlyField[]; testId?: string }) {
  return (
    <Box component="dl" m={0} data-testid={testId ?? 'read-only-fields'}>
      {fields.map((field, i) => (
        <SimpleGrid
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of fields, in the order given
          key={i}
          cols={{ base: 1, xs: 2 }}
          spacing={4}
          verticalSpacing={0}
          py="xs"
          style={{ borderBottom: i < fields.length - 1 ? '1px solid var(--mantine-color-default-border)' : undefined }}
        >
          <Box component="dt">
            <Text size="sm" fw={600}>
              {field.label}
            </Text>
            {field.description && (
              <Text size="xs" c="dimmed">
                {field.description}
              </Text>
            )}
          </Box>
          <Box component="dd" m={0}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {field.value}
            </Text>
          </Box>
        </SimpleGrid>
      ))}
    </Box>
  );
}
