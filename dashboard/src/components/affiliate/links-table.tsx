import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import type { Link } from '@/queries/links';
import { CopyValue } from '../copy-value';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { RouterButton } from '../router-button';
import { DeleteLinkButton } from './delete-link-button';
import { LinkQrButton } from './link-qr-button';

const column = createColumnHelper<Link>();

type LinksTableProps = {
  orgId: string;
  links: Link[];
  programNames: Map<string, string>;
  /** Clicks per link id in the chosen period; undefined while loading, null when it failed. */
  clicks: Map<string, number | null> | undefined | null;
  hasMore: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
};

export function LinksTable(props: LinksTableProps) {
  const { t, i18n } = useTranslation('links');
  const clicksOf = (id: string) => {
    if (props.clicks === undefined) return '…';
    if (props.clicks === null) return '—';
    return formatNumber(props.clicks.get(id) ?? 0, i18n.language);
  };
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
    column.display({
      id: 'clicks',
      header: t('table.clicks'),
      cell: ({ row }) => (
        <Text size="sm" ta="right" ff="monospace">
          {clicksOf(row.original.id)}
        </Text>
      ),
    }),
    column.accessor('createdAt', {
      header: t('table.created'),
      cell: ({ getValue }) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(getValue(), i18n.language)}
        </Text>
      ),
    }),
    column.display({
      id: 'actions',
      header: t('table.actions'),
      cell: ({ row: { original: link } }) => (
        <Group gap={4} wrap="nowrap">
          <LinkQrButton link={link} />
          <RouterButton
            variant="subtle"
            size="compact-xs"
            to="/affiliate/$orgId/links/$linkId"
            params={{ orgId: props.orgId, linkId: link.id }}
            aria-label={t('table.editOf', { name: link.name })}
          >
            {t('table.edit')}
          </RouterButton>
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
