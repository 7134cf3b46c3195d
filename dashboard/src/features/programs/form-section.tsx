import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled group of the program form; two columns on wide screens, stacked on phones. */
export function FormSection({ legend, hint, children }: { legend: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md">
      {hint && (
        <Text size="sm" c="dimmed" mb="sm" component="div">
          {hint}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
        {children}
      </SimpleGrid>
    </Fieldset>
  );
}
