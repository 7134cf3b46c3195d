import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type Props<T> = {
  items: T[];
  max: number;
  disabled: boolean;
  addLabel: string;
  removeLabel: (index: number) => string;
  empty: () => T;
  onChange: (items: T[]) => void;
  children: (item: T, update: (next: T) => void, index: number) => ReactNode;
};

/** A block's repeated entries (questions, testimonials): each in its own box with a remove button, and an add button. */
export function ListFields<T>({ items, max, disabled, addLabel, removeLabel, empty, onChange, children }: Props<T>) {
  return (
    <Stack gap="sm">
      {items.map((item, i) => (
        // The entries have no id of their own; the position is what the editor edits.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Paper key={i} withBorder p="sm" radius="sm">
          <Group justify="space-between" mb={6}>
            <Text size="xs" c="dimmed">
              {i + 1}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={removeLabel(i + 1)}
              disabled={disabled}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          {children(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
        </Paper>
      ))}
      {items.length < max && (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          disabled={disabled}
          onClick={() => onChange([...items, empty()])}
          w="fit-content"
        >
          {addLabel}
        </Button>
      )}
    </Stack>
  );
}
