import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * An amount typed in the currency's major units ("12.50"); the form converts it to integer minor units by the
 * currency's decimals, so no float ever holds money.
 */
export function MoneyInput({ currency, ...props }: TextInputProps & { currency: string }) {
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      rightSection={<span aria-hidden>{currency}</span>}
      rightSectionWidth={48}
      {...props}
    />
  );
}
