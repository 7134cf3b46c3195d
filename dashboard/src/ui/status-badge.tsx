import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type earnings from '@/locales/en/earnings.json';
import { usePrimaryColor } from '@/lib/use-primary-color';

const GOOD = new Set(['approved', 'paid', 'success', 'completed', 'accepted']);
const BAD = new Set(['rejected', 'reversed', 'failed', 'denied', 'returned', 'blocked', 'refunded', 'canceled']);
const ACTIVE = new Set(['in_payout', 'sending', 'sent', 'retrying']);

export type EarningsStatus = keyof (typeof earnings)['status'];

/** One status of a conversion, commission line, payout item or postback delivery, in the light variants. */
export function StatusBadge({ status }: { status: EarningsStatus }) {
  const { t } = useTranslation('earnings');
  const primary = usePrimaryColor();
  const color = GOOD.has(status) ? 'teal' : BAD.has(status) ? 'red' : ACTIVE.has(status) ? primary : 'yellow';
  return (
    // Never cut short: a table squeezing its columns would otherwise leave "ВЫ…" of "Выплачено".
    <Badge variant="light" color={color} miw="fit-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
