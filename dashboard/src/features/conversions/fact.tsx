import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled value of an explanation card; long ids wrap instead of overflowing a phone screen. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
