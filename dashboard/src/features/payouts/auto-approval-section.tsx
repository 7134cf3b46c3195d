import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { formatMinorUnits } from '@domain/format-minor-units';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, minorOf } from '@/features/programs';
import { notifyDone } from '@/lib/notify-done';
import { ErrorState } from '@/ui/error-state';
import { MoneyInput } from '@/ui/money-input';
import { QueryState } from '@/ui/query-state';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { SectionCard } from '@/ui/section-card';
import { type AutoApprovalLimits, useAutoApprovalLimits, useSetAutoApprovalLimits } from './queries/payout-schedules';

type Row = { currency: string; amount: string };

/**
 * Auto-approval: per currency, the batch total at or under which the system approves a proposal without a second
 * person. Owners and admins set it; finance and support read it. No limit: every batch waits for a second person.
 */
export function AutoApprovalSection({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const { t } = useTranslation('finance');
  const query = useAutoApprovalLimits(orgId);
  return (
    <SectionCard
      title={t('autoApproval.title')}
      description={t('autoApproval.description')}
      maw={560}
      data-testid="auto-approval"
    >
      <QueryState query={query} skeleton="detail">
        {(data) => <LimitsForm key={JSON.stringify(data.limits)} orgId={orgId} data={data} canEdit={canEdit} />}
      </QueryState>
    </SectionCard>
  );
}

function LimitsForm({ orgId, data, canEdit }: { orgId: string; data: AutoApprovalLimits; canEdit: boolean }) {
  const { t } = useTranslation('finance');
  const save = useSetAutoApprovalLimits(orgId);
  const [rows, setRows] = useState<Row[]>(
    data.limits.map((l) => ({ currency: l.currency, amount: formatMinorUnits(l.limitMinor, l.currency) })),
  );
  const amountOf = (r: Row) => minorOf(r.amount, r.currency);
  const invalid = (r: Row) => r.amount !== '' && ((amountOf(r) ?? 0) <= 0 || amountOf(r) === null);
  const ready = rows.every((r) => r.amount !== '' && !invalid(r));
  const show = (minor: number, currency: string) => `${formatMinorUnits(minor, currency)} ${currency}`;

  if (!canEdit)
    return data.limits.length === 0 ? (
      <Text size="sm" data-testid="auto-approval-off">
        {t('autoApproval.off')}
      </Text>
    ) : (
      <ReadOnlyFields
        fields={data.limits.map((l) => ({
          label: l.currency,
          value: t('autoApproval.upTo', { amount: show(l.limitMinor, l.currency) }),
        }))}
      />
    );

  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const unused = CURRENCIES.filter((c) => !rows.some((r) => r.currency === c));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    save.mutate(
      { limits: rows.map((r) => ({ currency: r.currency, limitMinor: amountOf(r)! })) },
      { onSuccess: () => notifyDone(t('autoApproval.saved')) },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && <ErrorState error={save.error} />}
        {rows.length === 0 && (
          <Text size="sm" data-testid="auto-approval-off">
            {t('autoApproval.off')}
          </Text>
        )}
        {rows.map((r, i) => (
          <Group
            key={r.currency}
            align="flex-start"
            wrap="wrap"
            gap="sm"
            data-testid={`auto-approval-row-${r.currency}`}
          >
            <Select
              label={t('autoApproval.currency')}
              data={[r.currency, ...unused]}
              value={r.currency}
              onChange={(v) => v && set(i, { currency: v })}
              searchable
              allowDeselect={false}
              w={120}
            />
            <MoneyInput
              currency={r.currency}
              label={t('autoApproval.limit')}
              value={r.amount}
              onChange={(e) => set(i, { amount: e.currentTarget.value })}
              error={invalid(r) ? t('autoApproval.limitInvalid') : undefined}
              w={200}
              data-testid="auto-approval-limit"
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              aria-label={t('autoApproval.remove', { currency: r.currency })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setRows([...rows, { currency: unused.includes('USD') ? 'USD' : unused[0]!, amount: '' }])}
            disabled={unused.length === 0}
            data-testid="auto-approval-add"
          >
            {t('autoApproval.add')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!ready} data-testid="auto-approval-save">
            {t('autoApproval.save')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('autoApproval.hint')}
        </Text>
      </Stack>
    </form>
  );
}
