import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { formatNumber } from '@/lib/format';
import { type PlatformPlan, useCreatePlan, useUpdatePlan } from '@/queries/plans';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { useNotifyDone } from '../platform/use-notify-done';
import { allowanceText, PLAN_LIMITS, priceText } from './limit-text';
import { PlanFormModal } from './plan-form';

/** Every plan with prices, limits and subscribers; the platform owner adds, edits and archives them. */
export function PlansEditor({ plans }: { plans: PlatformPlan[] }) {
  const { t, i18n } = useTranslation('plans');
  const lng = i18n.language;
  const { role } = usePlatformAccess();
  const canEdit = role === 'platform_owner';
  const create = useCreatePlan();
  const update = useUpdatePlan();
  const notify = useNotifyDone();
  // undefined: closed; null: a new plan; a plan: editing it. The key remounts the form per plan.
  const [editing, setEditing] = useState<PlatformPlan | null | undefined>(undefined);
  const words = { unlimited: t('usage.unlimited'), yes: t('yes'), no: t('no') };
  const close = () => {
    setEditing(undefined);
    create.reset();
    update.reset();
  };

  return (
    <Stack gap="md">
      {!canEdit && <Alert color="blue">{t('editor.readOnly')}</Alert>}
      {canEdit && (
        <Group>
          <Button onClick={() => setEditing(null)}>{t('editor.add')}</Button>
        </Group>
      )}
      {update.isError && editing === undefined && <ErrorState error={update.error} />}
      {plans.length === 0 ? (
        <EmptyState title={t('editor.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs" data-testid="plans-table">
            <Table.Caption>{t('editor.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('editor.name')}</Table.Th>
                <Table.Th scope="col">{t('columns.monthly')}</Table.Th>
                <Table.Th scope="col">{t('columns.yearly')}</Table.Th>
                {PLAN_LIMITS.map((l) => (
                  <Table.Th scope="col" key={l}>
                    {t(`columns.${l}`)}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('editor.subscribers')}</Table.Th>
                {canEdit && (
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('editor.edit')}</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((p) => (
                <Table.Tr key={p.id} data-testid={`plan-${p.code}`}>
                  <Table.Th scope="row">
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
                  </Table.Th>
                  <Table.Td>{priceText(p.monthlyPriceMinor, p.currency, lng)}</Table.Td>
                  <Table.Td>{priceText(p.yearlyPriceMinor, p.currency, lng)}</Table.Td>
                  {PLAN_LIMITS.map((l) => (
                    <Table.Td key={l}>{allowanceText(p, l, lng, words)}</Table.Td>
                  ))}
                  <Table.Td>{formatNumber(p.subscribers, lng)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => setEditing(p)}
                          aria-label={`${t('editor.edit')} ${p.name}`}
                        >
                          {t('editor.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color={p.archivedAt ? 'blue' : 'gray'}
                          loading={update.isPending && update.variables?.planId === p.id}
                          aria-label={`${p.archivedAt ? t('editor.restore') : t('editor.archive')} ${p.name}`}
                          onClick={() =>
                            update.mutate(
                              { planId: p.id, body: { archived: !p.archivedAt } },
                              {
                                onSuccess: () =>
                                  notify(p.archivedAt ? t('editor.restoredDone') : t('editor.archivedDone')),
                              },
                            )
                          }
                        >
                          {p.archivedAt ? t('editor.restore') : t('editor.archive')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
              notify(t('editor.saved'));
            };
            if (editing) update.mutate({ planId: editing.id, body }, { onSuccess: done });
            else create.mutate(body, { onSuccess: done });
          }}
        />
      )}
    </Stack>
  );
}
