import { Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountry, formatDate, formatMoney } from '@/lib/format';
import { downloadTaxForm, type TaxRegisterRow, useTaxRegister, useTaxSettings } from './queries/tax';
import { DataTable } from '@/ui/data-table';
import { DownloadButton } from '@/ui/download-button';
import { EmptyState } from '@/ui/empty-state';
import { PersonText } from '@/ui/person-text';
import { QueryState } from '@/ui/query-state';

/**
 * Who gave which form and when; the filter narrows to affiliates without one. A missing form is flagged red only
 * when the advertiser requires forms: with none required it is no fault, and above an amount it is needed once
 * the year's payouts pass it.
 */
export function TaxRegister({
  orgId,
  missing,
  onMissing,
}: {
  orgId: string;
  missing: boolean;
  onMissing: (missing: boolean) => void;
}) {
  const { t, i18n } = useTranslation('tax');
  const lang = i18n.language;
  const query = useTaxRegister(orgId, missing);
  const settings = useTaxSettings(orgId).data;
  const requirement = settings?.formRequirement;
  const threshold =
    settings?.thresholdMinor != null && settings.thresholdCurrency
      ? formatMoney(settings.thresholdMinor, settings.thresholdCurrency, lang)
      : '';
  const columns = useMemo<ColumnDef<TaxRegisterRow>[]>(
    () => [
      {
        id: 'affiliate',
        header: t('register.affiliate'),
        cell: ({ row }) => <PersonText name={row.original.affiliateName} email={row.original.affiliateEmail} />,
        meta: { phone: 'primary' },
      },
      {
        id: 'status',
        header: t('register.status'),
        cell: ({ row }) =>
          row.original.form ? (
            <Badge color="teal" variant="light">
              {t('register.validBadge')}
            </Badge>
          ) : requirement === 'always' ? (
            <Badge color="red" variant="light">
              {t('register.missingBadge')}
            </Badge>
          ) : requirement === 'above_amount' ? (
            <Badge color="yellow" variant="light">
              {t('register.neededAboveBadge', { amount: threshold })}
            </Badge>
          ) : requirement === 'never' ? (
            // Plain text, not a badge: nothing is wrong, and a badge's label is cut in a narrow column ("Не требу…").
            <Text size="sm" c="dimmed">
              {t('register.notRequiredBadge')}
            </Text>
          ) : (
            '—'
          ),
      },
      {
        id: 'form',
        header: t('register.form'),
        cell: ({ row }) => {
          const form = row.original.form;
          if (!form) return '—';
          return form.shared ? `${t(`kind.${form.kind}`)} (${t('register.shared')})` : t(`kind.${form.kind}`);
        },
      },
      { id: 'name', header: t('register.name'), cell: ({ row }) => row.original.form?.legalName ?? '—' },
      {
        id: 'country',
        header: t('register.country'),
        cell: ({ row }) => (row.original.form ? formatCountry(row.original.form.country, lang) : '—'),
        meta: { phone: 'hidden' },
      },
      {
        id: 'tin',
        header: t('register.tin'),
        cell: ({ row }) =>
          row.original.form ? `${t(`tinType.${row.original.form.tinType}`)} ••••${row.original.form.tinLast4}` : '—',
      },
      {
        id: 'signed',
        header: t('register.signed'),
        cell: ({ row }) => (row.original.form ? formatDate(row.original.form.signedAt, lang) : '—'),
      },
      {
        id: 'actions',
        header: '',
        cell: ({ row }) => {
          const form = row.original.form;
          return form ? (
            <DownloadButton
              label={t('register.download')}
              ariaLabel={t('register.downloadOf', { email: row.original.affiliateName })}
              size="xs"
              testId="tax-form-download"
              fallbackName={`tax-form-${form.kind}.pdf`}
              fetchFile={() => downloadTaxForm(orgId, form.id)}
            />
          ) : null;
        },
        meta: { phone: 'actions' },
      },
    ],
    [t, lang, orgId, requirement, threshold],
  );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {requirement === 'never' ? t('register.noneRequiredNote') : t('register.heldNote')}
      </Text>
      <SegmentedControl
        aria-label={t('register.filter')}
        value={missing ? 'missing' : 'all'}
        onChange={(v) => onMissing(v === 'missing')}
        data={[
          { value: 'all', label: t('register.all') },
          { value: 'missing', label: t('register.missing') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="tax-register-filter"
      />
      <QueryState query={query}>
        {(data) => (
          <DataTable
            caption={t('register.caption')}
            columns={columns}
            data={data.pages.flatMap((p) => p.items)}
            getRowId={(row) => row.affiliateId}
            hasMore={query.hasNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            loadingMore={query.isFetchingNextPage}
            rowTestId={() => 'tax-register-row'}
            dense
            empty={<EmptyState title={missing ? t('register.emptyMissing') : t('register.empty')} />}
          />
        )}
      </QueryState>
    </Stack>
  );
}
