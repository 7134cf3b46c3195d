import { NumberInput, type NumberInputProps } from '@mantine/core';

/** A rate in percent with two decimals: the API stores basis points (1 % = 100 bp). */
export function PercentInput(props: NumberInputProps) {
  return <NumberInput min={0} max={100} decimalScale={2} suffix=" %" allowNegative={false} {...props} />;
}
