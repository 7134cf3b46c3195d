import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/api-error';
import { formatDateTime } from '@/lib/format';
import { ErrorMessage } from '@/ui/error-message';

type Ns = 'orgtremendous' | 'orgwise';

/**
 * A provider's refusal on its connection page: the codes its namespace explains (errors.<code>) in its own words,
 * anything else as the shared error message. `testId` and data-code let the browser tests read it.
 */
export function ProviderError({
  ns,
  explained,
  testId,
  error,
}: {
  ns: Ns;
  explained: ReadonlySet<string>;
  testId: string;
  error: unknown;
}) {
  const { t } = useTranslation(ns);
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'generic';
  return (
    <Alert color="red" variant="light" role="alert" data-testid={testId} data-code={code}>
      <ErrorMessage error={error} sentence={explained.has(code) ? t(`errors.${code as 'forbidden'}`) : undefined} />
    </Alert>
  );
}

/**
 * The stored credentials' test (test.button): the provider is asked again and the answer shown, orange when what was
 * chosen is gone (`missing`), with when it was checked; nothing is stored.
 */
export function ConnectionTest<T>({
  ns,
  check,
  testId,
  describe,
  renderError,
}: {
  ns: Ns;
  check: {
    mutateAsync: (body: Record<string, never>) => Promise<T>;
    isPending: boolean;
    data: T | undefined;
    error: unknown;
  };
  testId: string;
  /** What the answer says, and whether the chosen source or profile is missing from it. */
  describe: (result: T) => { text: string; missing: boolean };
  renderError: (error: unknown) => ReactNode;
}) {
  const { t, i18n } = useTranslation(ns);
  const [at, setAt] = useState<Date | null>(null);
  const shown = check.data !== undefined && !check.isPending ? describe(check.data) : null;
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="default"
          loading={check.isPending || undefined}
          onClick={() =>
            check
              .mutateAsync({})
              .then(() => setAt(new Date()))
              .catch(() => undefined)
          }
        >
          {t('test.button')}
        </Button>
      </Group>
      {shown && (
        <Alert color={shown.missing ? 'orange' : 'teal'} variant="light" role="status" data-testid={testId}>
          <Text size="sm">{shown.text}</Text>
          {at && (
            <Text size="xs" c="dimmed">
              {t('test.checkedAt', { time: formatDateTime(at.toISOString(), i18n.language) })}
            </Text>
          )}
        </Alert>
      )}
      {check.error ? renderError(check.error) : null}
    </Stack>
  );
}
