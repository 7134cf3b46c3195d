import { Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber, formatPercent } from '@/lib/format';
import type { MyBounty } from './queries/bounties';
import { MySubmissions } from './my-submissions';
import { SubmitBountyForm } from './submit-bounty-form';
import { useBountyWords } from './use-bounty-words';

/**
 * One bounty as the affiliate sees it: what to do, the prize, the dates, then its state: won (and where the
 * bonus is), progress to the target, or the submission form and the history of its submissions.
 */
export function MyBountyCard({ orgId, bounty: b }: { orgId: string; bounty: MyBounty }) {
  const { t, i18n } = useTranslation('workflows', { keyPrefix: 'bounties' });
  const lng = i18n.language;
  const words = useBountyWords();
  const badge = b.award
    ? { color: 'green', label: t('mine.won') }
    : b.full
      ? { color: 'gray', label: t('mine.full') }
      : !b.open
        ? { color: 'gray', label: t('mine.closed') }
        : { color: 'blue', label: t('mine.open') };
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={b.name} data-testid="my-bounty-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{b.name}</Text>
          <Badge variant="light" color={badge.color} tt="none">
            {badge.label}
          </Badge>
        </Group>
        <Text size="sm">
          {b.goal
            ? t('termsPerformance', { goal: words.goal(b.goal, b.bonus.currency), prize: words.prize(b.bonus) })
            : t('termsSubmission', { prize: words.prize(b.bonus) })}
        </Text>
        {b.description && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {b.description}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {[
            words.dates(b.startsAt, b.endsAt),
            b.maxWinners === null ? null : t('mine.firstWinners', { count: b.maxWinners }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {b.award && (
          <Text size="sm" c="green.9" fw={500} data-testid="bounty-award">
            {t('mine.award', {
              amount: formatMoney(b.award.amountMinor, b.award.currency, lng),
              date: formatDate(b.award.awardedAt, lng),
              status: t(`lineStates.${b.award.status}`),
            })}
          </Text>
        )}
        {b.progress && !b.award && (
          <Stack gap={6} data-testid="bounty-progress">
            <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {b.progress.value === null
                ? t('mine.progressPercent', { percent: formatPercent(b.progress.percent / 100, lng, 0) })
                : t('mine.progressCount', {
                    value: formatNumber(b.progress.value, lng),
                    target: formatNumber(b.progress.target, lng),
                    percent: formatPercent(b.progress.percent / 100, lng, 0),
                  })}
            </Text>
            <Progress value={b.progress.percent} aria-label={t('mine.progressBar', { name: b.name })} />
          </Stack>
        )}
        {b.submissions.length > 0 && <MySubmissions submissions={b.submissions} />}
        {b.canSubmit && <SubmitBountyForm orgId={orgId} bounty={b} again={b.submissions.length > 0} />}
      </Stack>
    </Paper>
  );
}
