import { Stack, Text } from '@mantine/core';

/**
 * A person as the dashboard names them everywhere: the name, and the email beneath it in small type (once, when
 * the name is not the email itself, as it is for someone who gave no name).
 */
export function PersonText({ name, email }: { name: string; email: string }) {
  return (
    <Stack gap={0} data-testid="person">
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Text>
      {name !== email && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {email}
        </Text>
      )}
    </Stack>
  );
}
