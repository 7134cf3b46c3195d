import { Group, Stack, Text, Title } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '@/lib/format';
import {
  downloadMyForm1099,
  downloadMyInvoice,
  type SelfBillingInvoice,
  useMyForm1099s,
  useMyInvoices,
} from './queries/tax';
import { DownloadButton } from '@/ui/download-button';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { QueryState } from '@/ui/query-state';
import { InvoiceNumberCell, invoiceDownloadLabel, invoiceSignedMinor } from './invoice-number-cell';
import { SectionCard } from '@/ui/section-card';

/** The affiliate's 1099-NEC copies B (years that ended) and self-billing invoices from this advertiser. */
export function MyTaxDocuments({ orgId, advertiser }: { orgId: string; advertiser: string }) {
  const { t, i18n } = useTranslation('tax');
  const lang = i18n.language;
  const forms = useMyForm1099s(orgId);
  const invoices = useMyInvoices(orgId);
  const columns = useMemo<ColumnDef<SelfBillingInvoice>[]>(
    () => [
      {
        id: 'number',
        header: t('docs.number'),
        cell: ({ row }) => <InvoiceNumberCell invoice={row.original} />,
        meta: { phone: 'primary' },
      },
      { id: 'date', header: t('docs.date'), cell: ({ row }) => formatDate(row.original.issuedAt, lang) },
      {
        id: 'amount',
        header: t('docs.amount'),
        cell: ({ row }) => formatMoney(invoiceSignedMinor(row.original), row.original.currency, lang),
      },
      {
        id: 'reverseCharge',
        header: t('docs.reverseCharge'),
        cell: ({ row }) => (row.original.reverseCharge ? t('docs.yes') : t('docs.no')),
      },
      {
        id: 'actions',
        header: '',
        cell: ({ row }) => (
          <DownloadButton
            label={t('docs.pdf')}
            ariaLabel={invoiceDownloadLabel(t, row.original)}
            size="xs"
            testId="invoice-pdf"
            fallbackName={`${row.original.numberText}.pdf`}
            fetchFile={() => downloadMyInvoice(orgId, row.original.id)}
          />
        ),
        meta: { phone: 'actions' },
      },
    ],
    [t, lang, orgId],
  );
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('docs.title')}
      </Title>
      <SectionCard
        title={t('docs.form1099Title')}
        order={3}
        description={
          <QueryState query={forms} skeleton="line">
            {(list) =>
              list.items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('docs.form1099Empty', { advertiser })}
                </Text>
              ) : (
                <Group gap="sm" wrap="wrap">
                  {list.items.map((item) => (
                    <Stack key={item.year} gap={4}>
                      <Text size="sm">
                        {t('docs.form1099Row', { year: item.year, amount: formatMoney(item.amountMinor, 'USD', lang) })}
                      </Text>
                      <DownloadButton
                        label={t('docs.download1099', { year: item.year })}
                        testId="my-1099-pdf"
                        fallbackName={`1099-nec-${item.year}.pdf`}
                        fetchFile={() => downloadMyForm1099(orgId, item.year)}
                      />
                    </Stack>
                  ))}
                </Group>
              )
            }
          </QueryState>
        }
      ></SectionCard>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('docs.invoicesTitle')}
        </Title>
        <InfiniteDataTable
          query={invoices}
          caption={t('docs.invoicesCaption')}
          columns={columns}
          empty={
            <Text size="sm" c="dimmed">
              {t('docs.invoicesEmpty')}
            </Text>
          }
        />
      </Stack>
    </Stack>
  );
}
