import { Alert, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { PayoutRail } from '@schema/enums';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@/lib/format';
import {
  downloadForm1099Csv,
  downloadForm1099Pdf,
  type Form1099Year as YearView,
  useForm1099Year,
  useSendForm1099Emails,
} from './queries/tax';
import { DataTable } from '@/ui/data-table';
import { DownloadButton } from '@/ui/download-button';
import { EmptyState } from '@/ui/empty-state';
import { ErrorMessage } from '@/ui/error-message';
import { ConfirmActionButton } from '@/features/payouts';
import { QueryState } from '@/ui/query-state';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { notifyDone } from '@/lib/notify-done';

type Payee = YearView['payees'][number];

/** The years a 1099 can be about: from 2020 (the API's floor) to this one, newest first. */
export function form1099Years(now = new Date()): number[] {
  const years: number[] = [];
  for (let y = now.getUTCFullYear(); y >= 2020; y--) years.push(y);
  return years;
}

type Rule = YearView['rule'];

/**
 * The rule the server applied, phrased here from its data (threshold, currency, year, rails left out) in the
 * reader's language; the CSV carries the server's English sentence for the file itself.
 */
export function form1099RuleFields(
  rule: Rule,
  { t, lang, railName }: { t: TFunction<'tax'>; lang: string; railName: (rail: PayoutRail) => string },
) {
  const amount = formatMoney(rule.thresholdMinor, rule.currency, lang);
  const rails = new Intl.ListFormat(lang, { type: 'conjunction' }).format(rule.excludedRails.map(railName));
  return [
    {
      label: t('y1099.threshold'),
      value: t('y1099.thresholdText', { amount, currency: rule.currency, year: rule.year }),
      description: t(`y1099.thresholdSource.${rule.thresholdSource}`, { year: rule.year }),
    },
    {
      label: t('y1099.excluded'),
      value: rule.excludedRails.length ? t('y1099.excludedText', { rails }) : t('y1099.excludedNone'),
    },
    {
      label: t('y1099.rule'),
      value: t('y1099.ruleText', {
        year: rule.year,
        amount,
        currency: rule.currency,
        rails: rule.excludedRails.length ? t('y1099.ruleRails', { rails }) : t('y1099.ruleRailsNone'),
      }),
    },
  ];
}

/** Year-end 1099-NEC: the rule applied, the payees, the CSV, each copy B, and the emails to payees. */
export function Form1099YearView({
  orgId,
  year,
  onYear,
  canSend,
}: {
  orgId: string;
  year: number;
  onYear: (year: number) => void;
  canSend: boolean;
}) {
  const { t, i18n } = useTranslation('tax');
  const lang = i18n.language;
  const query = useForm1099Year(orgId, year);
  const send = useSendForm1099Emails(orgId);
  const columns = useMemo<ColumnDef<Payee>[]>(
    () => [
      { id: 'payee', header: t('y1099.payee'), cell: ({ row }) => row.original.legalName, meta: { phone: 'primary' } },
      { id: 'email', header: t('y1099.email'), cell: ({ row }) => row.original.email },
      {
        id: 'tin',
        header: t('y1099.tin'),
        cell: ({ row }) => `${t(`tinType.${row.original.tinType}`)} ••••${row.original.tinLast4}`,
      },
      {
        id: 'amount',
        header: t('y1099.amount'),
        cell: ({ row }) => (
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(row.original.amountMinor, 'USD', lang)}
          </Text>
        ),
      },
      {
        id: 'actions',
        header: t('y1099.copyB'),
        cell: ({ row }) => (
          <DownloadButton
            label={t('y1099.copyB')}
            ariaLabel={t('y1099.copyBOf', { name: row.original.legalName })}
            size="xs"
            testId="copy-b-pdf"
            fallbackName={`1099-nec-${year}.pdf`}
            fetchFile={() => downloadForm1099Pdf(orgId, year, row.original.affiliateId)}
          />
        ),
        meta: { phone: 'actions' },
      },
    ],
    [t, lang, orgId, year],
  );
  const railName = (rail: PayoutRail) => t(`settings.rail.${rail}`);
  return (
    <Stack gap="md">
      <Select
        label={t('y1099.year')}
        data={form1099Years().map(String)}
        value={String(year)}
        onChange={(v) => v && onYear(Number(v))}
        allowDeselect={false}
        w={160}
        data-testid="form-1099-year"
      />
      <QueryState query={query}>
        {(view) => (
          <Stack gap="md">
            <Paper withBorder p="md" radius="md">
              <ReadOnlyFields testId="form-1099-rule" fields={form1099RuleFields(view.rule, { t, lang, railName })} />
            </Paper>
            <Group wrap="wrap" gap="sm">
              <DownloadButton
                label={t('y1099.csv')}
                fallbackName={`1099-nec-${year}.csv`}
                fetchFile={() => downloadForm1099Csv(orgId, year)}
              />
              {canSend && view.payees.length > 0 && (
                <ConfirmActionButton
                  label={t('y1099.send')}
                  title={t('y1099.confirmTitle', { year })}
                  body={t('y1099.confirmText', { year })}
                  loading={send.isPending}
                  onConfirm={() =>
                    send
                      .mutateAsync(year)
                      .then(({ sent }) => notifyDone(t('y1099.sent', { count: sent })))
                      .catch((error: unknown) => error)
                  }
                />
              )}
            </Group>
            {send.error && (
              <Alert color="red" variant="light" role="alert">
                <ErrorMessage error={send.error} />
              </Alert>
            )}
            <DataTable
              caption={t('y1099.caption', { year })}
              columns={columns}
              data={view.payees}
              getRowId={(row) => row.affiliateId}
              rowTestId={() => 'form-1099-payee'}
              empty={<EmptyState title={t('y1099.empty', { year })} />}
            />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
