import { ActionIcon, Alert, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatNumber } from '@/lib/format';
import { type PlatformPlan, useCreatePlan, useUpdatePlan } from './queries/plans';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { ErrorState } from '@/ui/error-state';
import { notifyDone } from '@/lib/notify-done';
import { allowanceText, PLAN_LIMITS, priceText } from './limit-text';
import { PlanFormModal } from './plan-form';

const column = createColumnHelper<PlatformPlan>();

/** Every plan with prices, limits and subscribers; the platform owner adds, edits and archives them. */
export function PlansEditor({ plans }: { plans: PlatformPlan[] }) {
  const { t, i18n } = useTranslation('plans');
  const lng = i18n.language;
  const { role } = usePlatformAccess();
  const canEdit = role === 'platform_owner';
  const create = useCreatePlan();
  const update = useUpdatePlan();
  // undefined: closed; null: a new plan; a plan: editing it. The key remounts the form per plan.
  const [editing, setEditing] = useState<PlatformPlan | null | undefined>(undefined);
  const words = { unlimited: t('usage.unlimited'), yes: t('yes'), no: t('no') };
  const close = () => {
    setEditing(undefined);
    create.reset();
    update.reset();
  };

  const columns = [
    column.accessor('name', {
      header: t('editor.name'),
      cell: ({ row: { original: p } }) => (
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {p.name}
          </Text>
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {p.code}
            </Text>
            {p.archivedAt && (
              <Badge size="xs" color="gray" variant="light">
                {t('editor.archived')}
              </Badge>
            )}
          </Group>
        </Stack>
      ),
    }),
    // One price column (a month, a year under it) and icon actions: the whole table fits 1440 px.
    column.accessor('monthlyPriceMinor', {
      id: 'price',
      header: t('editor.price'),
      meta: { numeric: true },
      cell: ({ row: { original: p } }) => (
        <Stack gap={0} style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">{t('editor.perMonth', { price: priceText(p.monthlyPriceMinor, p.currency, lng) })}</Text>
          <Text size="xs" c="dimmed">
            {t('editor.perYear', { price: priceText(p.yearlyPriceMinor, p.currency, lng) })}
          </Text>
        </Stack>
      ),
    }),
    ...PLAN_LIMITS.map((l) =>
      column.display({
        id: l,
        header: t(`columns.${l}`),
        meta: { numeric: l !== 'whiteLabel' },
        cell: ({ row }) => allowanceText(row.original, l, lng, words),
      }),
    ),
    column.accessor('subscribers', {
      header: t('editor.subscribers'),
      meta: { numeric: true },
      cell: (i) => formatNumber(i.getValue(), lng),
    }),
    ...(canEdit
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="visually-hidden">{t('editor.edit')}</span>,
            cell: ({ row: { original: p } }) => (
              <Group gap={4} wrap="nowrap">
                <Tooltip label={t('editor.edit')} withArrow>
                  <ActionIcon
                    variant="light"
                    size="lg"
                    onClick={() => setEditing(p)}
                    aria-label={`${t('editor.edit')} ${p.name}`}
                  >
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={p.archivedAt ? t('editor.restore') : t('editor.archive')} withArrow>
                  <ActionIcon
                    variant="subtle"
                    size="lg"
                    color={p.archivedAt ? undefined : 'gray'}
                    loading={update.isPending && update.variables?.planId === p.id}
                    aria-label={`${p.archivedAt ? t('editor.restore') : t('editor.archive')} ${p.name}`}
                    onClick={() =>
                      update.mutate(
                        { planId: p.id, body: { archived: !p.archivedAt } },
                        {
                          onSuccess: () =>
                            notifyDone(p.archivedAt ? t('editor.restoredDone') : t('editor.archivedDone')),
                        },
                      )
                    }
                  >
                    {p.archivedAt ? <IconArchiveOff size={18} aria-hidden /> : <IconArchive size={18} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              </Group>
            ),
          }),
        ]
      : []),
  ];

  return (
    <Stack gap="md">
      {!canEdit && <Alert>{t('editor.readOnly')}</Alert>}
      {canEdit && (
        <Group>
          <Button onClick={() => setEditing(null)}>{t('editor.add')}</Button>
        </Group>
      )}
      {update.isError && editing === undefined && <ErrorState error={update.error} />}
      {plans.length === 0 ? (
        <EmptyState title={t('editor.empty')} />
      ) : (
        // A table from `sm` up; on phones a card per plan, every price and limit labelled (a plan has no page of
        // its own to keep them, so none is hidden), Edit and Archive along the card's foot.
        <DataTable
          caption={t('editor.title')}
          columns={columns}
          data={plans}
          getRowId={(p) => p.id}
          rowTestId={(p) => `plan-${p.code}`}
          dense
          empty={null}
        />
      )}
      {editing !== undefined && (
        <PlanFormModal
          key={editing?.id ?? 'new'}
          plan={editing}
          opened
          onClose={close}
          pending={create.isPending || update.isPending}
          error={(editing ? update.error : create.error) ?? null}
          onSubmit={(body) => {
            const done = () => {
              close();
              notifyDone(t('editor.saved'));
            };
            if (editing) update.mutate({ planId: editing.id, body }, { onSuccess: done });
            else create.mutate(body, { onSuccess: done });
          }}
        />
      )}
    </Stack>
  );
}
