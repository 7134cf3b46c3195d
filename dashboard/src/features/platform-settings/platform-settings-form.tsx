import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlatformAccess } from '@/lib/access/use-platform-access';
import { type PlatformSettings, useUpdatePlatformSettings } from './queries/platform-settings';
import { ErrorState } from '@/ui/error-state';
import { ExactNumberInput } from '@/ui/exact-number-input';
import { ReadOnlyFields } from '@/ui/read-only-fields';
import { notifyDone } from '@/lib/notify-done';

const MIN_DAYS = 1;
const MAX_DAYS = 30;

/** The typed number of days, or null when it is not a whole number in range (shown as an error, never changed). */
function daysOf(typed: string | number): number | null {
  const n = typeof typed === 'number' ? typed : Number(typed.trim());
  return typed !== '' && Number.isInteger(n) && n >= MIN_DAYS && n <= MAX_DAYS ? n : null;
}

/** The install's settings: affiliate auto-approval and the review time affiliates are told; support reads only. */
export function PlatformSettingsForm({ settings }: { settings: PlatformSettings }) {
  const { t } = useTranslation('platform');
  const { t: tc } = useTranslation();
  const { readOnly } = usePlatformAccess();
  const save = useUpdatePlatformSettings();
  const [auto, setAuto] = useState(settings.affiliateAutoApproval);
  const [days, setDays] = useState<string | number>(settings.affiliateReviewDays);
  const parsedDays = daysOf(days);
  const changed = auto !== settings.affiliateAutoApproval || parsedDays !== settings.affiliateReviewDays;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsedDays === null) return;
    save.mutate(
      { affiliateAutoApproval: auto, affiliateReviewDays: parsedDays },
      { onSuccess: () => notifyDone(t('settings.saved')) },
    );
  };

  return (
    <Paper withBorder radius="md" p="lg" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('settings.affiliatesTitle')}
          </Title>
          {readOnly && (
            <Text size="sm" c="dimmed">
              {t('settings.readOnly')}
            </Text>
          )}
          {readOnly ? (
            <ReadOnlyFields
              fields={[
                {
                  label: t('settings.autoApproval'),
                  description: t('settings.autoApprovalHint'),
                  value: tc(settings.affiliateAutoApproval ? 'values.on' : 'values.off'),
                },
                {
                  label: t('settings.reviewDays'),
                  description: t('settings.reviewDaysHint'),
                  value: settings.affiliateReviewDays,
                },
              ]}
            />
          ) : (
            <>
              <Switch
                label={t('settings.autoApproval')}
                description={t('settings.autoApprovalHint')}
                checked={auto}
                onChange={(event) => setAuto(event.currentTarget.checked)}
              />
              <ExactNumberInput
                label={t('settings.reviewDays')}
                description={t('settings.reviewDaysHint')}
                value={days}
                onChange={setDays}
                min={MIN_DAYS}
                max={MAX_DAYS}
                error={parsedDays === null ? t('settings.reviewDaysRange') : undefined}
                maw={320}
              />
            </>
          )}
          {save.isError && <ErrorState error={save.error} />}
          {!readOnly && (
            <Group>
              <Button type="submit" disabled={!changed || parsedDays === null} loading={save.isPending}>
                {t('settings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
