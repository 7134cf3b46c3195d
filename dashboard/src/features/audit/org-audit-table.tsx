import { Button, Code, Modal, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { AuditEntry } from './queries/org-audit';
import { useAuditLabels } from './use-audit-labels';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';

const column = createColumnHelper<AuditEntry>();

type AuditTableProps = {
  query: UseInfiniteQueryResult<InfiniteData<{ items: AuditEntry[] }>>;
};

/** The entries with who, what and on which target; "Changes" shows the before and after the API recorded. */
export function AuditTable({ query }: AuditTableProps) {
  const { t, i18n } = useTranslation('orgsetup');
  const labels = useAuditLabels();
  const [shown, setShown] = useState<AuditEntry | null>(null);
  // The API names members (and affiliates); platform staff acting here stay "platform staff".
  const actorOf = (entry: AuditEntry) => {
    if (!entry.actorId) return labels.system();
    return entry.actorName ?? entry.actorEmail ?? labels.platformStaff();
  };
  const columns = [
    column.accessor('createdAt', {
      header: t('audit.columns.when'),
      cell: (info) => formatDateTime(info.getValue(), i18n.language),
    }),
    column.accessor(actorOf, {
      id: 'actor',
      header: t('audit.columns.actor'),
      cell: ({ row, getValue }) => (
        <>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {getValue()}
          </Text>
          {row.original.actorName && row.original.actorEmail && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {row.original.actorEmail}
            </Text>
          )}
          {row.original.actorRole && (
            <Text size="xs" c="dimmed">
              {labels.role(row.original.actorRole)}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor('action', {
      header: t('audit.columns.action'),
      cell: (info) => (
        <Text size="sm" fw={500} title={info.getValue()}>
          {labels.action(info.getValue())}
        </Text>
      ),
    }),
    column.accessor('targetType', {
      header: t('audit.columns.target'),
      cell: ({ row }) =>
        row.original.targetType ? (
          <>
            <Text size="xs" c="dimmed">
              {labels.target(row.original.targetType)}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.original.targetName ?? row.original.targetId ?? ''}
            </Text>
          </>
        ) : (
          '—'
        ),
    }),
    column.accessor('ip', { header: t('audit.columns.ip'), cell: (info) => info.getValue() ?? '—' }),
    column.display({
      id: 'changes',
      header: () => <span className="visually-hidden">{t('audit.columns.changes')}</span>,
      cell: ({ row }) => (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setShown(row.original)}
          aria-label={t('audit.showFor', { action: labels.action(row.original.action) })}
        >
          {t('audit.show')}
        </Button>
      ),
    }),
  ];
  return (
    <>
      <InfiniteDataTable
        query={query}
        caption={t('audit.caption')}
        columns={columns}
        empty={<EmptyState title={t('audit.emptyTitle')} description={t('audit.emptyDescription')} />}
      />
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? labels.action(shown.action) : undefined}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': t('dialog.close') }}
      >
        {shown && (
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('audit.before')}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {JSON.stringify(shown.before ?? null, null, 2)}
            </Code>
            <Text size="sm" fw={600}>
              {t('audit.after')}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {JSON.stringify(shown.after ?? null, null, 2)}
            </Code>
            {shown.requestId && (
              <Text size="xs" c="dimmed">
                {t('audit.requestId', { id: shown.requestId })}
              </Text>
            )}
          </Stack>
        )}
      </Modal>
    </>
  );
}
