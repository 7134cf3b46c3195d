import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Radio,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelIn, LONG_TEXT_MAX, SHORT_TEXT_MAX, URL_MAX } from '@domain/application-kinds';
import { ApiError } from '@/lib/api/api-error';
import {
  type ApplicationAsks,
  type ApplicationQuestion,
  type ApplyBody,
  useApplyWithAnswers,
  useProgramApplication,
} from './queries/applications';
import { ErrorMessage } from '@/ui/error-message';

type Answers = Record<string, string | string[]>;

const blank = (v: string | string[] | undefined) => (Array.isArray(v) ? v.length === 0 : !v?.trim());

/** The question ids the server named in application_answers_invalid, so their fields show the error. */
function serverIssues(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'application_answers_invalid') return new Set();
  const issues = (error.details as { issues?: { questionId: string }[] } | undefined)?.issues ?? [];
  return new Set(issues.map((i) => i.questionId));
}

function QuestionField({
  question: q,
  value,
  onChange,
  error,
}: {
  question: ApplicationQuestion;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const label = labelIn(q.label, i18n.language);
  const options = (q.options ?? []).map((o) => ({ value: o.value, label: labelIn(o.label, i18n.language) }));
  const text = typeof value === 'string' ? value : '';
  switch (q.kind) {
    case 'short_text':
      return (
        <TextInput
          label={label}
          required={q.required}
          maxLength={SHORT_TEXT_MAX}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
    case 'long_text':
      return (
        <Textarea
          label={label}
          required={q.required}
          maxLength={LONG_TEXT_MAX}
          autosize
          minRows={3}
          maxRows={8}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
    case 'url':
      return (
        <TextInput
          type="url"
          label={label}
          required={q.required}
          maxLength={URL_MAX}
          placeholder={t('apply.urlPlaceholder')}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
    case 'single_choice':
      return (
        <Radio.Group label={label} required={q.required} value={text} onChange={onChange} error={error}>
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group
          label={label}
          required={q.required}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          error={error}
        >
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
  }
}

// The modal lives beside the form: one module, so the login page's preload map gains one chunk, not two.

/**
 * The application: the program's (or group's) questions and its terms with the acceptance box. Required
 * answers and the box are checked here first; the server checks everything again against the form.
 */
export function ApplyForm({
  asks,
  submitLabel,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  asks: ApplicationAsks;
  submitLabel: string;
  submitting: boolean;
  error: unknown;
  onSubmit: (body: ApplyBody) => void;
  onCancel?: () => void;
}) {
  const { t, i18n } = useTranslation('programs', { keyPrefix: 'applications' });
  const [answers, setAnswers] = useState<Answers>({});
  const [accepted, setAccepted] = useState(false);
  const [tried, setTried] = useState(false);
  const wrong = serverIssues(error);
  const missing = asks.questions.filter((q) => q.required && blank(answers[q.id]));
  const termsMissing = asks.terms !== null && !accepted;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing.length > 0 || termsMissing) return;
    const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => !blank(v)));
    onSubmit({ answers: given, ...(asks.terms ? { termsVersion: asks.terms.version } : {}) });
  };
  const errorOf = (q: ApplicationQuestion) =>
    tried && q.required && blank(answers[q.id])
      ? t('apply.required')
      : wrong.has(q.id)
        ? t('apply.invalid')
        : undefined;
  const termsBody = asks.terms ? (i18n.language.startsWith('ru') && asks.terms.bodyRu) || asks.terms.bodyEn : '';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {asks.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onChange={(v) => setAnswers((prev) => ({ ...prev, [q.id]: v }))}
            error={errorOf(q)}
          />
        ))}
        {asks.terms && (
          <Stack gap="xs">
            <Title order={3} fz="h5">
              {t('apply.termsTitle', { version: asks.terms.version })}
            </Title>
            {/* A focusable region, so the terms scroll from the keyboard too. */}
            <Paper
              withBorder
              p="sm"
              radius="sm"
              mah={220}
              style={{ overflowY: 'auto' }}
              tabIndex={0}
              role="region"
              aria-label={t('apply.termsText')}
            >
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {termsBody}
              </Text>
            </Paper>
            <Checkbox
              label={t('apply.accept', { version: asks.terms.version })}
              checked={accepted}
              onChange={(e) => setAccepted(e.currentTarget.checked)}
              error={tried && termsMissing ? t('apply.acceptRequired') : undefined}
            />
          </Stack>
        )}
        {asks.questions.length === 0 && !asks.terms && (
          <Text size="sm" c="dimmed">
            {t('apply.nothingAsked')}
          </Text>
        )}
        {error !== null && error !== undefined && (
          <Alert color="red" variant="light" title={t('apply.failed')}>
            <ErrorMessage error={error} />
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('apply.cancel')}
            </Button>
          )}
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Applying to a marketplace program that asks a form or terms: loads them, then sends the answers. */
export function ApplyModal({
  programId,
  programName,
  opened,
  onClose,
  onApplied,
}: {
  programId: string;
  programName: string;
  opened: boolean;
  onClose: () => void;
  onApplied: (status: string) => void;
}) {
  const { t } = useTranslation('programs', { keyPrefix: 'applications' });
  const asks = useProgramApplication(programId, opened);
  const apply = useApplyWithAnswers();
  const submit = (body: ApplyBody) =>
    apply.mutate(
      { programId, body },
      {
        onSuccess: (result) => {
          onClose();
          onApplied(result.status);
        },
      },
    );
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('apply.title', { name: programName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('apply.cancel') }}
    >
      {asks.isPending ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('apply.loading')}>
          <Skeleton height={16} width="60%" />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      ) : asks.isError ? (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('apply.loadFailed')}
          </Text>
          <ErrorMessage error={asks.error} />
        </Stack>
      ) : (
        <ApplyForm
          asks={asks.data}
          submitLabel={t('apply.submit')}
          submitting={apply.isPending}
          error={apply.error}
          onSubmit={submit}
          onCancel={onClose}
        />
      )}
    </Modal>
  );
}
