import { Group, Text } from '@mantine/core';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { parseMajorUnits } from '@domain/major-units';
import { MoneyInput } from '@/ui/money-input';

type Props = {
  customers: number;
  priceMinor: number;
  currency: string;
  disabled: boolean;
  onChange: (value: { customers: number; priceMinor: number }) => void;
};

/** The calculator's first numbers: the price typed in major units, kept as integer minor units. */
export function CalculatorFields({ customers, priceMinor, currency, disabled, onChange }: Props) {
  const { t } = useTranslation('landing');
  const [price, setPrice] = useState(() => formatMinorUnits(priceMinor, currency));
  const parsed = parseMajorUnits(price, currencyDecimals(currency));
  return (
    <>
      <Group grow align="flex-start" wrap="wrap">
        <ExactNumberInput
          label={t('customers')}
          min={0}
          max={100000}
          value={customers}
          disabled={disabled}
          onChange={(v) => onChange({ customers: typeof v === 'number' ? v : 0, priceMinor })}
          miw={160}
        />
        <MoneyInput
          label={t('price')}
          currency={currency}
          value={price}
          disabled={disabled}
          error={parsed.ok ? undefined : parsed.reason}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setPrice(text);
            const next = parseMajorUnits(text, currencyDecimals(currency));
            if (next.ok) onChange({ customers, priceMinor: next.minor });
          }}
          miw={160}
        />
      </Group>
      <Text size="xs" c="dimmed">
        {t('calculatorShared')}
      </Text>
    </>
  );
}
