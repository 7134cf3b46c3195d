import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { MoneyText } from '@/ui/money-text';

/** A date, or a dash where there is none (no sale yet, not churned). */
export function DateCell({ value }: { value: string | null }) {
  const { t, i18n } = useTranslation('customers');
  return (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }} c={value ? undefined : 'dimmed'}>
      {value ? formatDate(value, i18n.language) : t('none')}
    </Text>
  );
}

/** Amounts in their currencies, one per line (a customer may pay in several), with tabular digits. */
export function MoneyCell({ amounts }: { amounts: { currency: string; amountMinor: number }[] }) {
  const { t } = useTranslation('customers');
  if (amounts.length === 0)
    return (
      <Text span size="sm" c="dimmed">
        {t('none')}
      </Text>
    );
  return (
    <Stack gap={0}>
      {amounts.map((m) => (
        <MoneyText key={m.currency} size="sm" minor={m.amountMinor} currency={m.currency} />
      ))}
    </Stack>
  );
}

/** A long id cut to its column's width, whole in its title. */
export function TruncatedCell({ value, testId }: { value: string; testId?: string }) {
  return (
    <Text span size="sm" truncate="end" title={value} maw={220} display="block" ff="monospace" data-testid={testId}>
      {value}
    </Text>
  );
}
