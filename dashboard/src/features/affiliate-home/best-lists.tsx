import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '@/lib/format';
import type { AffiliateHome } from './queries/affiliate-home';
import { RouterAnchor } from '@/ui/router-anchor';
import { SectionCard } from '@/ui/section-card';

type Row = {
  key: string;
  name: React.ReactNode;
  clicks: number;
  leads: number;
  sales: number;
  earnings: { currency: string; amountMinor: number }[];
};

/** Best programs and links of the last 30 days, most clicked first. */
export function BestLists({ home }: { home: AffiliateHome }) {
  const { t } = useTranslation('home');
  return (
    <>
      <BestTable
        id="best-programs"
        title={t('best.programs')}
        rows={home.bestPrograms.map((p) => ({
          ...p,
          key: `${p.organizationId}:${p.programId}`,
          name: (
            <RouterAnchor
              to="/affiliate/$orgId/programs/$programId"
              params={{ orgId: p.organizationId, programId: p.programId }}
              size="sm"
            >
              {p.programName}
            </RouterAnchor>
          ),
        }))}
      />
      <BestTable
        id="best-links"
        title={t('best.links')}
        rows={home.bestLinks.map((l) => ({
          ...l,
          key: l.linkId ?? `${l.organizationId}:${l.programId}:${l.form}`,
          // A ready-made link (the affiliate's code in one of the link forms) lives on its program's page.
          name:
            l.linkId === null ? (
              <RouterAnchor
                to="/affiliate/$orgId/programs/$programId"
                params={{ orgId: l.organizationId, programId: l.programId }}
                size="sm"
              >
                {l.form === 'short_link' ? l.programName : t(`best.form.${l.form}`, { program: l.programName })}
              </RouterAnchor>
            ) : (
              <RouterAnchor
                to="/affiliate/$orgId/links/$linkId"
                params={{ orgId: l.organizationId, linkId: l.linkId }}
                size="sm"
              >
                {l.name}
              </RouterAnchor>
            ),
        }))}
      />
    </>
  );
}

function BestTable({ id, title, rows }: { id: string; title: string; rows: Row[] }) {
  const { t, i18n } = useTranslation('home');
  const lng = i18n.language;
  const num = { ta: 'right', style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } } as const;
  return (
    <SectionCard title={title} id={id} data-testid={id}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('best.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('best.name')}</Table.Th>
                <Table.Th ta="right">{t('best.clicks')}</Table.Th>
                <Table.Th ta="right">{t('best.conversions')}</Table.Th>
                <Table.Th ta="right">{t('best.earnings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td {...num}>{formatNumber(r.clicks, lng)}</Table.Td>
                  <Table.Td {...num}>{formatNumber(r.leads + r.sales, lng)}</Table.Td>
                  <Table.Td {...num}>
                    {r.earnings.length === 0
                      ? '—'
                      : r.earnings.map((e) => formatMoney(e.amountMinor, e.currency, lng)).join(' · ')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
