import { Alert, Badge, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '@/lib/format';
import { downloadImportReport, type ImportJob, useOrgImport, useRunImport } from './queries/org-imports';
import { DownloadButton } from '@/ui/download-button';
import { ErrorState } from '@/ui/error-state';
import { ImportCounts } from './import-counts';
import { SectionCard } from '@/ui/section-card';

const STATUS_COLOR = {
  fetching: 'blue',
  planning: 'blue',
  planned: 'yellow',
  applying: 'blue',
  completed: 'teal',
  failed: 'red',
} as const;

type Counts = Record<string, Record<string, number>>;
const sum = (summary: Counts, key: string) => Object.values(summary).reduce((n, of) => n + (of[key] ?? 0), 0);

/**
 * One import: its stage and progress (polled while the cron works on it), the dry run's counts and
 * reasons, the run (after a confirmation) and the report.
 */
export function ImportCard({
  orgId,
  job: listed,
  programName,
  canManage,
  onRun,
}: {
  orgId: string;
  job: ImportJob;
  programName: string | null;
  canManage: boolean;
  onRun: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const job = useOrgImport(orgId, listed);
  const run = useRunImport(orgId);
  const [confirming, { open, close }] = useDisclosure(false);
  const n = (value: number) => formatNumber(value, i18n.language);
  const source = job.source === 'csv' ? t('sources.csv') : t(`sources.${job.source}`);
  const format = job.source === 'csv' && job.options.format ? t(`formats.${job.options.format}`) : null;
  const total = sum(job.summary, 'total');
  const decided = total - sum(job.summary, 'undecided');
  const done = sum(job.summary, 'done');
  const progress =
    job.status === 'planning'
      ? total
        ? decided / total
        : 0
      : job.status === 'applying'
        ? total
          ? done / total
          : 0
        : 1;
  const titleId = `import-${job.id}`;
  return (
    <SectionCard
      title={format ?? source}
      id={titleId}
      order={3}
      description={
        <Group gap="xs">
          <Badge variant="light" color={STATUS_COLOR[job.status]} data-testid="import-status" data-status={job.status}>
            {t(`status.${job.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('card.started', { date: formatDateTime(job.createdAt, i18n.language) })}
          </Text>
        </Group>
      }
      actions={
        <Group gap="xs">
          {canManage && job.status === 'planned' && <Button onClick={open}>{t('run.button')}</Button>}
          <DownloadButton
            label={t('report.button')}
            fallbackName={`import-${job.id}.csv`}
            fetchFile={() => downloadImportReport(orgId, job.id)}
          />
        </Group>
      }
      as="article"
      data-testid="import-card"
    >
      <Stack gap="md">
        <StageLine job={job} source={source} total={total} decided={decided} done={done} />
        {(job.status === 'fetching' || job.status === 'planning' || job.status === 'applying') && (
          <Progress
            value={Math.round(progress * 100)}
            animated={job.status === 'fetching'}
            aria-label={t('card.progress')}
            size="md"
          />
        )}
        {job.status === 'failed' && job.lastError && (
          <Alert color="red" variant="light" title={t('stage.failed')}>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {job.lastError}
            </Text>
          </Alert>
        )}
        <ImportCounts summary={job.summary} />
        <Text size="xs" c="dimmed">
          {[
            programName ? t('card.program', { program: programName }) : null,
            t('card.param', { param: job.options.referralParam }),
            job.options.sourceKey ? t('card.sourceKey', { key: job.options.sourceKey }) : null,
            job.options.sendWelcome ? t('card.welcome') : t('card.noWelcome'),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      <Modal
        opened={confirming}
        onClose={close}
        title={t('run.title')}
        centered
        closeButtonProps={{ 'aria-label': t('run.close') }}
      >
        <Stack gap="md">
          <Text>
            {t('run.body', {
              affiliates: n(job.summary.affiliate?.create ?? 0),
              balances: n(job.summary.balance?.create ?? 0),
              param: job.options.referralParam,
            })}
          </Text>
          {run.isError && <ErrorState error={run.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('run.cancel')}
            </Button>
            <Button
              loading={run.isPending}
              onClick={() =>
                run.mutate(job.id, {
                  onSuccess: () => {
                    close();
                    onRun(t('run.done'));
                  },
                })
              }
            >
              {t('run.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}

function StageLine({
  job,
  source,
  total,
  decided,
  done,
}: {
  job: ImportJob;
  source: string;
  total: number;
  decided: number;
  done: number;
}) {
  const { t, i18n } = useTranslation('orgsetup', { keyPrefix: 'imports' });
  const n = (value: number) => formatNumber(value, i18n.language);
  const waitingUntil = job.notBefore && new Date(job.notBefore).getTime() > Date.now() ? job.notBefore : null;
  const line = {
    fetching: t('stage.fetching', { source, records: n(total) }),
    planning: t('stage.planning', { done: n(decided), total: n(total) }),
    planned: t('stage.planned'),
    applying: t('stage.applying', { done: n(done), total: n(total) }),
    completed: t('stage.completed', { date: formatDateTime(job.finishedAt ?? job.createdAt, i18n.language) }),
    failed: t('stage.failed'),
  }[job.status];
  return (
    <Stack gap={4} aria-live="polite">
      <Text size="sm" data-testid="import-stage">
        {line}
      </Text>
      {waitingUntil && job.status === 'fetching' && (
        <Text size="sm" c="dimmed">
          {t('stage.waiting', { time: formatDateTime(waitingUntil, i18n.language) })}
        </Text>
      )}
      {job.lastError && job.status !== 'failed' && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('stage.lastError', { error: job.lastError })}
        </Text>
      )}
    </Stack>
  );
}
