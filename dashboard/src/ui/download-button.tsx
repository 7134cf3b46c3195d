import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '@/lib/api/api-error';
import { saveDownload } from '@/lib/save-download';
import { ErrorMessage } from './error-message';

type DownloadButtonProps = {
  label: string;
  fallbackName: string;
  /** Fetches the file through the API client (bearer header), answering the blob and the response. */
  fetchFile: () => Promise<{ blob: Blob | undefined; error: unknown; response: Response }>;
  /** Several downloads on one page (a PDF per row) each name their own; a page's one CSV keeps the default. */
  testId?: string;
  size?: 'xs' | 'sm';
  /** The accessible name when `label` alone is the same on every row ("PDF" beside each payee). */
  ariaLabel?: string;
};

/** A CSV download read with the access token in a header and saved from a blob, never a token in a URL. */
export function DownloadButton({ label, fallbackName, fetchFile, testId, size, ariaLabel }: DownloadButtonProps) {
  const { t } = useTranslation('earnings');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { blob, error, response } = await fetchFile();
      if (!response.ok || !blob) throw toApiError(response, error);
      saveDownload(blob, response, fallbackName);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('download.failedTitle'),
        message: <ErrorMessage error={error} />,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      size={size}
      onClick={() => void download()}
      loading={busy}
      aria-label={ariaLabel}
      data-testid={testId ?? 'csv-download'}
    >
      {label}
    </Button>
  );
}
