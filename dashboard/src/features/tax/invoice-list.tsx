import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/lib/format';
import { downloadInvoice, type SelfBillingInvoice, useInvoices } from './queries/tax';
import { DownloadButton } from '@/ui/download-button';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { InvoiceNumberCell, invoiceDownloadLabel, invoiceSignedMinor } from './invoice-number-cell';

/** Self-billing invoices issued on the affiliates' behalf, newest first, each with its PDF. */
export function InvoiceList({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('tax');
  const lang = i18n.language;
  const query = useInvoices(orgId);
  const columns = useMemo<ColumnDef<SelfBillingInvoice>[]>(
    () => [
      {
        id: 'number',
        header: t('invoices.number'),
        cell: ({ row }) => <InvoiceNumberCell invoice={row.original} />,
        meta: { phone: 'primary' },
      },
      { id: 'affiliate', header: t('invoices.affiliate'), cell: ({ row }) => row.original.affiliateEmail },
      {
        id: 'supplier',
        header: t('invoices.supplier'),
        cell: ({ row }) => row.original.supplierName,
        meta: { phone: 'hidden' },
      },
      { id: 'date', header: t('invoices.date'), cell: ({ row }) => formatDate(row.original.issuedAt, lang) },
      {
        id: 'amount',
        header: t('invoices.amount'),
        cell: ({ row }) => formatMoney(invoiceSignedMinor(row.original), row.original.currency, lang),
      },
      {
        id: 'reverseCharge',
        header: t('invoices.reverseCharge'),
        cell: ({ row }) => (row.original.reverseCharge ? t('invoices.yes') : t('invoices.no')),
      },
      {
        id: 'actions',
        header: '',
        cell: ({ row }) => (
          <DownloadButton
            label={t('invoices.download')}
            ariaLabel={invoiceDownloadLabel(t, row.original)}
            size="xs"
            testId="invoice-pdf"
            fallbackName={`${row.original.numberText}.pdf`}
            fetchFile={() => downloadInvoice(orgId, row.original.id)}
          />
        ),
        meta: { phone: 'actions' },
      },
    ],
    [t, lang, orgId],
  );
  return (
    <InfiniteDataTable
      query={query}
      caption={t('invoices.caption')}
      columns={columns}
      dense
      empty={<EmptyState title={t('invoices.empty')} description={t('invoices.emptyText')} />}
    />
  );
}
