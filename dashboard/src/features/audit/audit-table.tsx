import { Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { type AuditEntry, type PlatformAuditQuery, usePlatformAudit } from './queries/platform-audit';
import { useAuditLabels } from './use-audit-labels';
import { EmptyState } from '@/ui/empty-state';
import { InfiniteDataTable } from '@/ui/infinite-data-table';
import { RouterAnchor } from '@/ui/router-anchor';
import { PayloadButton } from '@/features/system';

const column = createColumnHelper<AuditEntry>();

/** A user by name and email, linked to the platform's user list searched for that email. */
function UserCell({ name, email, id, role }: { name: string | null; email: string | null; id: string; role?: string }) {
  const main = name ?? email ?? id;
  return (
    <Stack gap={0} maw={260}>
      {email ? (
        <RouterAnchor to="/platform/users" search={{ q: email }} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {main}
        </RouterAnchor>
      ) : (
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {main}
        </Text>
      )}
      {name && email && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {email}
        </Text>
      )}
      {role && (
        <Text size="xs" c="dimmed">
          {role}
        </Text>
      )}
    </Stack>
  );
}

/** What the entry acted on: its kind, and its name with a link where the dashboard has a page for it. */
function TargetCell({ entry }: { entry: AuditEntry }) {
  const labels = useAuditLabels();
  if (!entry.targetType) return <Text size="sm">—</Text>;
  const kind = labels.target(entry.targetType);
  const id = entry.targetId;
  const name = entry.targetName;
  const orgId = entry.organizationId;
  let link: React.ReactNode = null;
  if (id && name && entry.targetType === 'user')
    link = (
      <RouterAnchor to="/platform/users" search={{ q: name }} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {name}
      </RouterAnchor>
    );
  else if (id && name && entry.targetType === 'organization')
    link = (
      <RouterAnchor to="/orgs/$orgId" params={{ orgId: id }} size="sm">
        {name}
      </RouterAnchor>
    );
  else if (id && name && orgId && entry.targetType === 'program')
    link = (
      <RouterAnchor to="/orgs/$orgId/programs/$programId" params={{ orgId, programId: id }} size="sm">
        {name}
      </RouterAnchor>
    );
  return (
    <Stack gap={0} maw={260}>
      <Text size="xs" c="dimmed">
        {kind}
      </Text>
      {link ??
        (name ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
        ) : (
          id && (
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {id}
            </Text>
          )
        ))}
    </Stack>
  );
}

/** The audit trail of every tenant, newest first, by name; each entry's before and after in a dialog. */
export function AuditTable({ filters }: { filters: PlatformAuditQuery }) {
  const { t, i18n } = useTranslation('platform');
  const labels = useAuditLabels();
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
      cell: (i) => (
        <Text size="sm" fw={500} title={i.getValue()} maw={240} data-testid="audit-action">
          {labels.action(i.getValue())}
        </Text>
      ),
    }),
    column.accessor('actorId', {
      header: t('audit.columns.actor'),
      cell: (i) => {
        const entry = i.row.original;
        if (!entry.actorId) return <Text size="sm">{labels.system()}</Text>;
        return (
          <UserCell
            id={entry.actorId}
            name={entry.actorName}
            email={entry.actorEmail}
            role={entry.actorRole ? labels.role(entry.actorRole) : undefined}
          />
        );
      },
    }),
    column.accessor('organizationId', {
      header: t('audit.columns.organization'),
      cell: (i) => {
        const orgId = i.getValue();
        return orgId ? (
          <RouterAnchor to="/orgs/$orgId" params={{ orgId }} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {i.row.original.organizationName ?? orgId}
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
      cell: (i) => <TargetCell entry={i.row.original} />,
    }),
    column.accessor('ip', { header: t('audit.columns.ip'), cell: (i) => i.getValue() ?? '—' }),
    column.display({
      id: 'details',
      header: t('audit.columns.details'),
      cell: (i) => {
        const entry = i.row.original;
        return (
          <PayloadButton
            title={t('audit.detailsTitle', { action: labels.action(entry.action) })}
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
