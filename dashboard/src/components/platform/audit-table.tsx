import { Code, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { type AuditEntry, type PlatformAuditQuery, usePlatformAudit } from '../../queries/platform-audit';
import { EmptyState } from '../empty-state';
import { InfiniteDataTable } from '../infinite-data-table';
import { RouterAnchor } from '../router-anchor';
import { PayloadButton } from './payload-button';

const column = createColumnHelper<AuditEntry>();

/** The audit trail of every tenant, newest first; each entry's before and after in a dialog. */
export function AuditTable({ filters }: { filters: PlatformAuditQuery }) {
  const { t, i18n } = useTranslation('platform');
  const lng = i18n.language;
  const query = usePlatformAudit(filters);
  const columns = [
    column.accessor('createdAt', {
      header: t('audit.columns.createdAt'),
      cell: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(i.getValue(), lng)}
        </Text>
      ),
    }),
    column.accessor('action', {
      header: t('audit.columns.action'),
      cell: (i) => <Code>{i.getValue()}</Code>,
    }),
    column.accessor('actorId', {
      header: t('audit.columns.actor'),
      cell: (i) => {
        const entry = i.row.original;
        return (
          <Stack gap={0}>
            <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {entry.actorId ? entry.actorId.slice(-12) : t('audit.system')}
            </Text>
            {entry.actorRole && (
              <Text size="xs" c="dimmed">
                {entry.actorRole}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor('organizationId', {
      header: t('audit.columns.organization'),
      cell: (i) => {
        const orgId = i.getValue();
        return orgId ? (
          <RouterAnchor to="/orgs/$orgId" params={{ orgId }} size="sm" ff="monospace">
            {orgId.slice(-12)}
          </RouterAnchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('audit.platformWide')}
          </Text>
        );
      },
    }),
    column.accessor('targetType', {
      header: t('audit.columns.target'),
      cell: (i) => {
        const entry = i.row.original;
        return (
          <Stack gap={0} maw={240}>
            <Text size="sm">{entry.targetType ?? '—'}</Text>
            {entry.targetId && (
              <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {entry.targetId}
              </Text>
            )}
          </Stack>
        );
      },
    }),
    column.accessor('ip', { header: t('audit.columns.ip'), cell: (i) => i.getValue() ?? '—' }),
    column.display({
      id: 'details',
      header: t('audit.columns.details'),
      cell: (i) => {
        const entry = i.row.original;
        return (
          <PayloadButton
            title={t('audit.detailsTitle', { action: entry.action })}
            summary={entry.requestId && t('audit.requestId', { id: entry.requestId })}
            value={{ before: entry.before ?? null, after: entry.after ?? null, userAgent: entry.userAgent }}
          />
        );
      },
    }),
  ];
  return (
    <InfiniteDataTable
      query={query}
      caption={t('audit.title')}
      columns={columns}
      empty={<EmptyState title={t('audit.emptyTitle')} description={t('audit.emptyDescription')} />}
    />
  );
}
