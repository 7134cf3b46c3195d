import { Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageCode } from '@/lib/api/error-message';

// The toggle and its Collapse load with the first error shown, not with the login page.
const ErrorDetails = lazy(() => import('./error-details').then((m) => ({ default: m.ErrorDetails })));

/** The sentence that explains a failure in the reader's language: what happened and what to do. */
export function useErrorSentence(): (error: unknown) => string {
  const { t, i18n } = useTranslation('errors');
  return (error) => {
    const code = errorMessageCode(error, (c) => i18n.exists(`codes.${c}`, { ns: 'errors' }));
    return t(`codes.${code as 'internal'}`);
  };
}

/**
 * A failure as people read it: the sentence, with the technical detail behind a "Details" toggle. Usable as
 * a notification's message, an Alert's body or a form's error.
 */
export function ErrorMessage({ error, sentence }: { error: unknown; sentence?: string }) {
  const describe = useErrorSentence();
  return (
    <Stack gap={4}>
      <Text size="sm" data-testid="error-sentence">
        {sentence ?? describe(error)}
      </Text>
      <Suspense fallback={null}>
        <ErrorDetails error={error} />
      </Suspense>
    </Stack>
  );
}
