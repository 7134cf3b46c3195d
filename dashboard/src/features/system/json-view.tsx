import { Code } from '@mantine/core';

/** A stored JSON value, pretty-printed and wrapping so long strings never widen the page. */
export function JsonView({ value }: { value: unknown }) {
  return (
    <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {JSON.stringify(value, null, 2) ?? String(value)}
    </Code>
  );
}
