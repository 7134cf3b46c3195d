import { Badge, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SelfBillingInvoice } from './queries/tax';

/** A self-billing document's number; a credit note says so and names the invoice it cancels. */
export function InvoiceNumberCell({ invoice }: { invoice: SelfBillingInvoice }) {
  const { t } = useTranslation('tax');
  if (invoice.kind !== 'credit_note') return invoice.numberText;
  return (
    <Stack gap={2} align="flex-start">
      <span>{invoice.numberText}</span>
      <Badge size="xs" variant="light" color="orange">
        {t('creditNote.badge')}
      </Badge>
      <Text size="xs" c="dimmed">
        {t('creditNote.cancels', { number: invoice.creditsNumberText })}
      </Text>
    </Stack>
  );
}

/** What a self-billing document moves: a credit note takes the invoiced amount back. */
export const invoiceSignedMinor = (invoice: SelfBillingInvoice) =>
  invoice.kind === 'credit_note' ? -invoice.amountMinor : invoice.amountMinor;

/** What a self-billing document's download button says (its accessible name), by kind. */
export const invoiceDownloadLabel = (t: TFunction<'tax'>, invoice: SelfBillingInvoice) =>
  invoice.kind === 'credit_note'
    ? t('creditNote.downloadOf', { number: invoice.numberText })
    : t('invoices.downloadOf', { number: invoice.numberText });
