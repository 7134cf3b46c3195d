import { Badge, Button, Card, Group, Spoiler, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { type MarketplaceProgram, useApplyToProgram } from './queries/marketplace';
import { ErrorMessage } from '@/ui/error-message';
import { RouterButton } from '@/ui/router-button';
import { useApplyBlock } from './apply-block';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { ProgramTerms } from './program-terms';
import { ApplyModal } from './apply-form';
import { notifyDone } from '@/lib/notify-done';

/** One program of the marketplace: its advertiser, terms and brief, and joining it (or where the application stands). */
export function MarketplaceCard({ program }: { program: MarketplaceProgram }) {
  const { t } = useTranslation('programs');
  const apply = useApplyToProgram();
  const block = useApplyBlock();
  const enrollment = program.myEnrollment;
  const blockedId = `apply-blocked-${program.id}`;
  const [asking, setAsking] = useState(false);

  const notifyApplied = (status: string) =>
    notifyDone(t(status === 'active' ? 'marketplace.joined' : 'marketplace.applied', { name: program.name }));
  const onApply = () => {
    if (program.asksApplication) {
      setAsking(true);
      return;
    }
    apply.mutate(program.id, {
      onSuccess: (result) => notifyApplied(result.status),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('marketplace.applyFailed'),
          message: (
            <ErrorMessage
              error={error}
              sentence={error instanceof ApiError && error.status === 403 ? t('marketplace.notApproved') : undefined}
            />
          ),
        }),
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`program-${program.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={2} miw={0}>
            <Title order={2} fz="h4" id={`program-${program.id}`}>
              {program.name}
            </Title>
            <Text size="sm" c="dimmed">
              {t('marketplace.by', { advertiser: program.advertiser.name, app: program.appName })}
            </Text>
          </Stack>
          <Badge variant="light" color={program.visibility === 'public' ? 'teal' : undefined} style={{ flexShrink: 0 }}>
            {t(`visibility.${program.visibility}`)}
          </Badge>
        </Group>
        <ProgramTerms terms={program} />
        {(program.onboardingBrief || program.goals) && (
          <Spoiler maxHeight={48} showLabel={t('marketplace.more')} hideLabel={t('marketplace.less')}>
            {program.onboardingBrief && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {program.onboardingBrief}
              </Text>
            )}
            {program.goals && (
              <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
                <Text span fw={600}>
                  {t('program.goals')}:{' '}
                </Text>
                {program.goals}
              </Text>
            )}
          </Spoiler>
        )}
        <Group justify="space-between" mt="xs" gap="sm">
          {enrollment ? (
            <>
              <Group gap="xs">
                <Text size="sm">{t('marketplace.yourStatus')}</Text>
                <EnrollmentStatusBadge status={enrollment.status} />
              </Group>
              {enrollment.status === 'active' && (
                <RouterButton
                  variant="light"
                  to="/affiliate/$orgId/programs/$programId"
                  params={{ orgId: program.advertiser.id, programId: program.id }}
                >
                  {t('marketplace.open')}
                </RouterButton>
              )}
            </>
          ) : (
            <Group gap="sm" wrap="wrap">
              <Button
                onClick={onApply}
                loading={apply.isPending}
                disabled={block !== null}
                aria-label={t(program.visibility === 'public' ? 'marketplace.joinTo' : 'marketplace.applyTo', {
                  name: program.name,
                })}
                aria-describedby={block ? blockedId : undefined}
              >
                {t(program.visibility === 'public' ? 'marketplace.join' : 'marketplace.apply')}
              </Button>
              {block && (
                <Text size="sm" c="dimmed" id={blockedId}>
                  {t(block.status === 'rejected' ? 'marketplace.applyRejected' : 'marketplace.applyPending')}
                </Text>
              )}
            </Group>
          )}
        </Group>
      </Stack>
      {asking && (
        <ApplyModal
          programId={program.id}
          programName={program.name}
          opened={asking}
          onClose={() => setAsking(false)}
          onApplied={notifyApplied}
        />
      )}
    </Card>
  );
}
