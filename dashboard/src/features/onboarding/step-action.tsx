import { Button, Group } from '@mantine/core';
import { IconCheck, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OnboardingStep } from './queries/onboarding';
import { useRecordOnboardingStep } from './queries/onboarding';
import { ErrorMessage } from '@/ui/error-message';
import { RouterButton } from '@/ui/router-button';

/** The section of the program page each built-in step is done in. */
const SECTION: Record<string, string> = {
  brief: 'program-brief',
  creatives: 'program-creatives',
  click: 'program-links',
  conversion: 'program-links',
};

/**
 * The button that takes the affiliate to where the step is done: a section of the program page, the link
 * builder, or the advertiser's own page (a new tab) with the tick beside it. On the home, `onProgramPage` is
 * false and sections are reached through the program page.
 */
export function StepAction({
  orgId,
  programId,
  step,
  onProgramPage,
}: {
  orgId: string;
  programId: string;
  step: OnboardingStep;
  onProgramPage: boolean;
}) {
  const { t } = useTranslation('onboarding');
  const record = useRecordOnboardingStep(orgId, programId);
  if (step.kind === 'custom')
    return (
      <Group gap="xs" wrap="wrap">
        {step.url && (
          <Button
            component="a"
            href={step.url}
            target="_blank"
            rel="noopener noreferrer"
            variant="light"
            size="xs"
            rightSection={<IconExternalLink size={14} aria-hidden />}
          >
            {t('custom.open')}
          </Button>
        )}
        <Button
          size="xs"
          leftSection={<IconCheck size={14} aria-hidden />}
          loading={record.isPending}
          onClick={() => record.mutate(step.id)}
        >
          {t('custom.markDone')}
        </Button>
        {record.isError && <ErrorMessage error={record.error} />}
      </Group>
    );
  if (step.kind === 'link')
    return (
      <RouterButton size="xs" to="/affiliate/$orgId/links/new" params={{ orgId }} search={{ programId }}>
        {t('steps.link.action')}
      </RouterButton>
    );
  const section = SECTION[step.kind]!;
  if (onProgramPage)
    return (
      <Button size="xs" component="a" href={`#${section}`}>
        {t(`steps.${step.kind}.action`)}
      </Button>
    );
  return (
    <RouterButton size="xs" to="/affiliate/$orgId/programs/$programId" params={{ orgId, programId }} hash={section}>
      {t(`steps.${step.kind}.action`)}
    </RouterButton>
  );
}
