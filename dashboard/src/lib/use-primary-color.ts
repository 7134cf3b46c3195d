import { useMantineTheme } from '@mantine/core';

/**
 * The theme's primary colour name (Iris, or an advertiser's brand on its portal): the one colour every
 * "in progress" status wears, so sending, retrying and in-payout never fall back to Mantine's default blue.
 */
export function usePrimaryColor(): string {
  return useMantineTheme().primaryColor;
}
