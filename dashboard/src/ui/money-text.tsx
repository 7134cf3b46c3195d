import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';

type MoneyTextProps = TextProps & {
  /** Integer minor units (cents), as the API sends money. */
  minor: number;
  currency: string;
};

/** An amount in its currency's own decimals, with tabular digits so columns of money line up. */
export function MoneyText({ minor, currency, ...props }: MoneyTextProps) {
  const { i18n } = useTranslation();
  return (
    <Text span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} {...props}>
      {formatMoney(minor, currency, i18n.language)}
    </Text>
  );
}
