import type { NumberInputProps } from '@mantine/core';
import { ExactNumberInput } from './exact-number-input';

/** A rate in percent with two decimals: the API stores basis points (1 % = 100 bp). Out of 0–100 is the form's error. */
export function PercentInput(props: Omit<NumberInputProps, 'clampBehavior' | 'allowNegative' | 'allowDecimal'>) {
  return <ExactNumberInput min={0} max={100} decimalScale={2} suffix=" %" {...props} />;
}
