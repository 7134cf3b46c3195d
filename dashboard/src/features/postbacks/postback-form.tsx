import { Alert, Button, Checkbox, Code, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { checkPostbackTemplate } from '@domain/postback-template';
import { formatNumber } from '@/lib/format';
import { type PostbackSettings, useTestMyPostback, useUpdateMyPostback } from './queries/my-postback';
import { ErrorState } from '@/ui/error-state';
import { DeliveryFailure } from '@/ui/delivery-failure';
import { notifyDone } from '@/lib/notify-done';
import { SectionCard } from '@/ui/section-card';

const EVENTS = ['click', 'lead', 'sale', 'rejected'] as const;
type FormValues = { template: string; enabled: boolean; events: string[] };

/** The postback URL template, when it fires, and a test request with the tracker's answer. */
export function PostbackForm({ settings }: { settings: PostbackSettings }) {
  const { t, i18n } = useTranslation('earnings');
  const update = useUpdateMyPostback();
  const test = useTestMyPostback();
  const form = useForm<FormValues>({
    initialValues: { template: settings.template ?? '', enabled: settings.enabled, events: settings.events },
    // The API's own template rule (the check its schema runs), without zod's weight in this page's chunk.
    validate: {
      template: (value) => {
        const problem = value.trim() ? checkPostbackTemplate(value.trim()) : null;
        if (!problem) return null;
        const macros = problem.kind === 'unknown_macros' ? problem.macros.map((m) => `{${m}}`).join(', ') : '';
        return t(`postback.problems.${problem.kind}`, { macros });
      },
      events: (value) => (value.length === 0 ? t('postback.form.eventsRequired') : null),
    },
  });
  const save = form.onSubmit((values) =>
    update.mutate(toBody(values), {
      onSuccess: () => {
        form.resetDirty();
        notifyDone(t('postback.form.saved'));
      },
    }),
  );
  const runTest = () => {
    const template = form.values.template.trim();
    if (template && form.validateField('template').hasError) return;
    test.mutate(template ? { template, eventType: 'sale' } : { eventType: 'sale' });
  };
  const answer = test.data;
  return (
    <SectionCard title={t('postback.form.title')} id="postback-form-title">
      <form onSubmit={save} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('postback.form.template')}
            description={t('postback.form.templateHint')}
            placeholder={t('postback.form.placeholder')}
            autosize
            minRows={2}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            {...form.getInputProps('template')}
          />
          <Switch label={t('postback.form.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Checkbox.Group label={t('postback.form.events')} {...form.getInputProps('events')}>
            <Group mt="xs" gap="md">
              {EVENTS.map((event) => (
                <Checkbox key={event} value={event} label={t(`postback.events.${event}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {update.isError && <ErrorState error={update.error} />}
          <Group gap="sm">
            <Button type="submit" loading={update.isPending}>
              {t('postback.form.save')}
            </Button>
            <Button variant="default" onClick={runTest} loading={test.isPending} data-testid="postback-test">
              {t('postback.test.button')}
            </Button>
          </Group>
        </Stack>
      </form>
      {test.isError && (
        <Stack mt="md">
          <ErrorState error={test.error} />
        </Stack>
      )}
      {answer && (
        <Alert
          mt="md"
          variant="light"
          color={answer.ok ? 'teal' : 'red'}
          title={t(answer.ok ? 'postback.test.ok' : 'postback.test.failed')}
          data-testid="postback-test-result"
        >
          <Stack gap={4}>
            {answer.ok ? (
              <Text size="sm">
                {t('postback.test.answer', {
                  status: answer.statusCode,
                  ms: formatNumber(answer.latencyMs, i18n.language),
                })}
              </Text>
            ) : (
              <DeliveryFailure statusCode={answer.statusCode} error={answer.error} />
            )}
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {answer.url}
            </Code>
          </Stack>
        </Alert>
      )}
    </SectionCard>
  );
}

function toBody(values: FormValues) {
  const template = values.template.trim();
  return {
    template: template === '' ? null : template,
    enabled: values.enabled,
    events: values.events as (typeof EVENTS)[number][],
  };
}
