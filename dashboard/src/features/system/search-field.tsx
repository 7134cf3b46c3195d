import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

type SearchFieldProps = {
  label: string;
  placeholder?: string;
  value: string | undefined;
  /** Called after typing pauses, so the URL (and the query) change once per search, not per key. */
  onChange: (value: string | undefined) => void;
  /** Text that is not a valid search stays in the field with this message, and leaves the URL alone. */
  invalid?: (value: string) => string | null;
};

/** A search box bound to a URL search param. */
export function SearchField({ label, placeholder, value, onChange, invalid }: SearchFieldProps) {
  const [text, setText] = useState(value ?? '');
  const error = text.trim() && invalid ? invalid(text.trim()) : null;
  const commit = useDebouncedCallback((next: string) => {
    if (!(next.trim() && invalid?.(next.trim()))) onChange(next.trim() || undefined);
  }, 400);
  // Back/forward navigation changes the param under the field.
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <TextInput
      type="search"
      label={label}
      placeholder={placeholder}
      value={text}
      error={error}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      w={{ base: '100%', sm: 280 }}
    />
  );
}
