import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '@/lib/format';
import type { Link, LinkPerformance } from './queries/links';
import { CopyValue } from '@/ui/copy-value';
import { DataTable } from '@/ui/data-table';
import { EmptyState } from '@/ui/empty-state';
import { RouterActionIcon } from '@/ui/router-action-icon';
import { RouterButton } from '@/ui/router-button';
import { DeleteLinkButton } from './delete-link-button';
import { LinkQrButton } from './link-qr-button';

const column = createColumnHelper<Link>();

type LinksTableProps = {
  orgId: string;
  links: Link[];
  programNames: Map<string, string>;
  /** Clicks, leads, sales and earnings per link id in the chosen period; undefined while loading, null when it failed. */
  performance: Map<string, LinkPerformance> | undefined | null;
  hasMore: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
};

export function LinksTable(props: LinksTableProps) {
  const { t, i18n } = useTranslation('links');
  const lng = i18n.language;
  // '…' while the figures load, '—' when they failed: the links themselves still show.
  const figure = (id: string, render: (p: LinkPerformance) => string) => {
    if (props.performance === undefined) return '…';
    if (props.performance === null) return '—';
    return render(props.performance.get(id) ?? { linkId: id, clicks: 0, leads: 0, sales: 0, earnings: [] });
  };
  const count = (key: 'clicks' | 'leads' | 'sales') =>
    column.display({
      id: key,
      header: t(`table.${key}`),
      // Right-aligned by the table cell (numeric), not the text: on a phone's card it sits under its label.
      meta: { numeric: true },
      cell: ({ row }) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {figure(row.original.id, (p) => formatNumber(p[key], lng))}
        </Text>
      ),
    });
  const columns = [
    column.accessor('name', {
      header: t('table.link'),
      cell: ({ row: { original: link } }) => (
        <Stack gap={2} miw={220}>
          <Text fw={600} size="sm">
            {link.name}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Anchor href={link.shortUrl} target="_blank" rel="noreferrer" size="sm" ff="monospace">
              {link.shortUrl}
            </Anchor>
            <Box style={{ flexShrink: 0 }}>
              <CopyValue value={link.shortUrl} label={t('table.shortUrlOf', { name: link.name })} />
            </Box>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1} title={link.destinationUrl} maw={380}>
            {link.destinationUrl}
          </Text>
        </Stack>
      ),
    }),
    column.accessor('programId', {
      header: t('table.program'),
      cell: ({ getValue }) => props.programNames.get(getValue()) ?? '',
    }),
    count('clicks'),
    count('leads'),
    count('sales'),
    column.display({
      id: 'earnings',
      header: t('table.earnings'),
      meta: { numeric: true },
      cell: ({ row }) => (
        <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {figure(row.original.id, (p) =>
            p.earnings.length === 0
              ? '—'
              : p.earnings.map((e) => formatMoney(e.amountMinor, e.currency, lng)).join(' · '),
          )}
        </Text>
      ),
    }),
    column.accessor('createdAt', {
      header: t('table.created'),
      meta: { phone: 'hidden' },
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(getValue(), lng)}
        </Text>
      ),
    }),
    column.display({
      id: 'actions',
      header: t('table.actions'),
      cell: ({ row: { original: link } }) => (
        <Group gap={4} wrap="nowrap">
          <LinkQrButton link={link} />
          <RouterActionIcon
            variant="subtle"
            to="/affiliate/$orgId/links/$linkId"
            params={{ orgId: props.orgId, linkId: link.id }}
            aria-label={t('table.editOf', { name: link.name })}
            title={t('table.edit')}
          >
            <IconPencil size={18} aria-hidden />
          </RouterActionIcon>
          <DeleteLinkButton orgId={props.orgId} link={link} />
        </Group>
      ),
    }),
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      data={props.links}
      getRowId={(link) => link.id}
      hasMore={props.hasMore}
      onLoadMore={props.onLoadMore}
      loadingMore={props.loadingMore}
      // Eight columns beside the 300 px navbar: narrower gaps keep the row actions on screen in Russian too.
      dense
      empty={
        <EmptyState
          title={t('empty.title')}
          description={t('empty.description')}
          action={
            <RouterButton to="/affiliate/$orgId/links/new" params={{ orgId: props.orgId }}>
              {t('new')}
            </RouterButton>
          }
        />
      }
    />
  );
}
