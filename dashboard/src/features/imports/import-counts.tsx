import { Box, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import type { ImportJob } from './queries/org-imports';

const KINDS = ['affiliate', 'customer', 'balance', 'payment'] as const;
const OUTCOMES = ['create', 'skip', 'conflict'] as const;
// The reason codes the dry run and the run give (docs/importing.md); any other shows as "other reason".
const REASONS = [
  'no_program',
  'no_code',
  'invalid_code',
  'email_taken',
  'duplicate_email',
  'code_taken',
  'customer_taken',
  'currency_mismatch',
  'invalid_record',
  'affiliate_not_imported',
  'affiliate_missing',
  'plan_limit',
  'zero_amount',
  'already_imported',
  'extra_codes',
  'coupon_not_kept',
  'invited',
  'accepted',
  'already_invited',
  'not_invited',
  'awaiting_acceptance',
] as const;
// Creates that are not written as they stand: an existing account is invited (and later accepts).
const CREATE_REASONS: readonly string[] = ['invited', 'accepted'];
type Reason = (typeof REASONS)[number] | 'other';
const reasonOf = (code: string): Reason => ((REASONS as readonly string[]).includes(code) ? (code as Reason) : 'other');

/**
 * Skips and conflicts per reason, and creates that are invitations (other creates' notes, such as an
 * extra code left out, are not counted here).
 */
function reasonsOf(of: Record<string, number>): Map<Reason, number> {
  const reasons = new Map<Reason, number>();
  for (const [key, count] of Object.entries(of)) {
    const [outcome, code] = key.split(':');
    if (code && (outcome !== 'create' || CREATE_REASONS.includes(code)))
      reasons.set(reasonOf(code), (reasons.get(reasonOf(code)) ?? 0) + count);
  }
  return reasons;
}

/**
 * The dry run's verdicts per kind of record: how many are created, skipped or in conflict, and why, in
 * words (the summary's `<outcome>:<reason>` counts).
 */
export function ImportCounts({ summary }: { summary: ImportJob['summary'] }) {
  const { t, i18n } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const n = (value: number | undefined) => formatNumber(value ?? 0, i18n.language);
  const kinds = KINDS.filter((k) => (summary[k]?.total ?? 0) > 0);
  if (kinds.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('counts.none')}
      </Text>
    );
  const rows = kinds.map((kind) => ({ kind, of: summary[kind] ?? {}, why: reasonsOf(summary[kind] ?? {}) }));
  const why = (reasons: Map<Reason, number>) =>
    [...reasons]
      .map(([reason, count]) => t('counts.reasonCount', { reason: t(`reasons.${reason}`), n: n(count) }))
      .join('; ');
  return (
    <>
      {/* Phones: one block per kind instead of a table wider than the screen. */}
      <Stack gap="sm" hiddenFrom="sm" component="dl" m={0}>
        {rows.map(({ kind, of, why: reasons }) => (
          <Box key={kind}>
            <Text component="dt" size="sm" fw={600}>
              {t(`kinds.${kind}`)}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {[
                `${t('counts.total')}: ${n(of.total)}`,
                ...OUTCOMES.map((o) => `${t(`counts.${o}`)}: ${n(of[o])}`),
              ].join(' · ')}
            </Text>
            {reasons.size > 0 && (
              <Text component="dd" size="sm" c="dimmed" m={0}>
                {why(reasons)}
              </Text>
            )}
          </Box>
        ))}
      </Stack>
      <Table verticalSpacing="xs" visibleFrom="sm" captionSide="top" data-testid="import-counts">
        <Table.Caption>{t('counts.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('counts.kind')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('counts.total')}
            </Table.Th>
            {OUTCOMES.map((o) => (
              <Table.Th key={o} scope="col" ta="right">
                {t(`counts.${o}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('counts.reasons')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ kind, of, why: reasons }) => (
            <Table.Tr key={kind} data-kind={kind}>
              <Table.Th scope="row" fw={500}>
                {t(`kinds.${kind}`)}
              </Table.Th>
              <Table.Td ta="right">{n(of.total)}</Table.Td>
              {OUTCOMES.map((o) => (
                <Table.Td key={o} ta="right" data-outcome={o}>
                  {n(of[o])}
                </Table.Td>
              ))}
              <Table.Td>
                <Text size="sm">{why(reasons)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
