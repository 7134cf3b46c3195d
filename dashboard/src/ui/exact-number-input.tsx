import { NumberInput, type NumberInputProps } from '@mantine/core';

type ExactNumberInputProps = Omit<NumberInputProps, 'clampBehavior' | 'allowNegative' | 'allowDecimal'>;

/**
 * A number field that never changes what a person typed. Mantine's NumberInput clamps to min/max when the
 * field loses focus and silently drops a typed "-" or "."; so −3 would become 0 and 1.5 would become 15.
 * Here the value stays as typed and the form's validation shows why it cannot be saved; min and max still
 * bound the arrow keys. Every numeric field of the dashboard uses this (test/node/number-inputs.test.ts).
 */
export function ExactNumberInput(props: ExactNumberInputProps) {
  return <NumberInput {...props} clampBehavior="none" allowNegative allowDecimal />;
}
